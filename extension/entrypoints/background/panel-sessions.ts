/**
 * A panel session carries a selected passage from the content script to the
 * panel page (an extension frame the page cannot read) without the text ever
 * passing through the page: the frame's address holds only a one-time id.
 */
import { browser, type Browser } from 'wxt/browser';
import { envelope, failure, type Answer, type Answers, type PanelSession } from '@/utils/protocol';
import { getSettings, watchSettings, type Settings } from '@/utils/settings';
import { enableSidePanel, openSidePanel, showInSidePanel, sidePanelWindow } from '../sidepanel/state';

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

/** The user activated the button in some frame: the advice opens in the side panel, or in the tab's top frame. */
export function openPanelFor(sender: Browser.runtime.MessageSender, text: string): Promise<Answer<Answers['openPanel']>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve(failure('not-allowed'));
  notePanelOpened(tabId);
  // Not async: the side panel must be opened in the same turn as the click's message, or the browser refuses.
  return showAdvice(tabId, sender.tab?.windowId, text, sender.frameId === 0 ? 'selection' : 'corner');
}

/** Windows whose side panel is open: it holds a port to the background while it is. */
const sidePanels = new Set<number>();
const opening = new Map<number, Promise<boolean>>();
/** The user's choice of where advice shows; read at start and followed, because opening must not wait for storage. */
let display: Settings['display'] | undefined;

export function trackSidePanels(extensionOrigin: string) {
  const follow = (s: Settings) => {
    display = s.display;
    // With the side panel switched off, a side panel that opens before the settings are read refuses, and the panel beside the text shows.
    void enableSidePanel(s.display === 'sidepanel');
  };
  // A change that arrives while the first read is under way is newer than what that read returns.
  let changed = false;
  void getSettings().then((s) => changed || follow(s));
  watchSettings((s) => {
    changed = true;
    follow(s);
  });
  browser.runtime.onConnect.addListener((port) => {
    const windowId = sidePanelWindow(port.name);
    if (windowId === null || !port.sender?.url?.startsWith(extensionOrigin)) return;
    sidePanels.add(windowId);
    port.onDisconnect.addListener(() => sidePanels.delete(windowId));
  });
}

/** For tests and the first message after a restart: the display setting as stored. */
export const setDisplay = (d: Settings['display'] | undefined) => (display = d);

/**
 * Opens the side panel of a window if the user wants results there; null when
 * not. Synchronous up to the browser's open call, so it runs inside the user's
 * action. Before the settings are read (the first message after the background
 * woke up) it tries the side panel, which the browser keeps disabled for users
 * who chose the panel beside the text.
 */
export function sidePanelIfWanted(windowId: number | undefined): Promise<boolean> | null {
  if (windowId === undefined || windowId < 0 || display === 'beside') return null;
  if (sidePanels.has(windowId)) return Promise.resolve(true);
  // The shortcut opens it and a frame's message follows at once: that second ask waits for the first.
  const pending = opening.get(windowId);
  if (pending) return pending;
  const opened = openSidePanel(windowId).then((ok) => {
    opening.delete(windowId);
    if (ok) sidePanels.add(windowId);
    return ok;
  });
  opening.set(windowId, opened);
  return opened;
}

/** Advice on a passage where the user wants it: the side panel (updated if it is open), else the panel beside the text. */
export async function showAdvice(
  tabId: number,
  windowId: number | undefined,
  text: string,
  near: 'selection' | 'corner',
): Promise<Answer<Answers['openPanel']>> {
  const side = sidePanelIfWanted(windowId);
  if (side && windowId !== undefined) {
    await showInSidePanel(windowId, { view: 'advice', text, tabId });
    if (await side) return { ok: true, data: { shown: 'sidepanel' } };
  }
  return showPanelInTab(tabId, text, near);
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
  const closed = await browser.tabs.sendMessage(tabId, envelope('hidePanel', {}), { frameId: 0 }).then(
    () => true,
    () => false,
  );
  return { ok: true, data: { closed } };
}
