/**
 * A panel session carries a selected passage from the content script to the
 * panel page (an extension frame the page cannot read) without the text ever
 * passing through the page: the frame's address holds only a one-time id.
 */
import { browser, type Browser } from 'wxt/browser';
import { envelope, failure, type Answer, type Answers, type PanelSession } from '@/utils/protocol';

const TTL_MS = 60_000;
const sessions = new Map<string, { session: PanelSession; expires: number }>();

/** When a panel last opened in each tab: the shortcut uses it to see whether any frame had a selection. */
const lastOpened = new Map<number, number>();
export const notePanelOpened = (tabId: number) => lastOpened.set(tabId, Date.now());
export const panelOpenedAt = (tabId: number) => lastOpened.get(tabId) ?? 0;

export function newSessionId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export function createPanelSession(text: string, now = Date.now()): string {
  for (const [id, s] of sessions) if (s.expires < now) sessions.delete(id);
  const id = newSessionId();
  sessions.set(id, { session: { text }, expires: now + TTL_MS });
  return id;
}

/** The passage of a session, once: a second ask (a page replaying the frame's address) gets nothing. */
export function takePanelSession(id: string, now = Date.now()): Answer<PanelSession> {
  const s = sessions.get(id);
  sessions.delete(id);
  if (!s || s.expires < now) return failure('no-selection');
  return { ok: true, data: s.session };
}

/** The user activated the button in some frame: the panel opens in the tab's top frame. */
export async function openPanelFor(sender: Browser.runtime.MessageSender, text: string): Promise<Answer<Answers['openPanel']>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return failure('not-allowed');
  notePanelOpened(tabId);
  return showPanelInTab(tabId, text, sender.frameId === 0 ? 'selection' : 'corner');
}

export async function showPanelInTab(tabId: number, text: string, near: 'selection' | 'corner'): Promise<Answer<Answers['openPanel']>> {
  const session = createPanelSession(text);
  try {
    await browser.tabs.sendMessage(tabId, envelope('showPanel', { session, near }), { frameId: 0 });
    return { ok: true, data: { shown: 'panel' } };
  } catch {
    // No content script in the tab (a PDF in the browser's viewer, a page opened before install): a small window.
    await browser.windows.create({ url: browser.runtime.getURL(`/panel.html?session=${session}`), type: 'popup', width: 440, height: 640 });
    return { ok: true, data: { shown: 'window' } };
  }
}

/** The panel frame asked to close: the tab's top frame removes it. */
export async function closePanelFor(sender: Browser.runtime.MessageSender): Promise<Answer<Answers['closePanel']>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: true, data: { closed: false } };
  const closed = await browser.tabs.sendMessage(tabId, envelope('hidePanel', {}), { frameId: 0 }).then(() => true, () => false);
  return { ok: true, data: { closed } };
}
