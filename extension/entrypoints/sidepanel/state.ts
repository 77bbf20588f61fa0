/**
 * What the side panel shows, per browser window: the latest activation (advice
 * on a passage, or the check of a page). The background writes it to
 * storage.session, which lives in memory only and which content scripts
 * cannot read; the side panel shows it and follows each change, so it stays
 * open while the user writes and updates on every new activation.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export type SideView = { id: string; tabId: number } & ({ view: 'advice'; text: string } | { view: 'check' });
type NewView = { tabId: number } & ({ view: 'advice'; text: string } | { view: 'check' });

const viewKey = (windowId: number) => `session:sidepanel-${windowId}` as const;

/** Storage is written only by our own pages and background, but a view is still checked before it is shown. */
export function parseSideView(raw: unknown): SideView | null {
  if (!raw || typeof raw !== 'object') return null;
  const v = raw as Partial<SideView> & { text?: unknown };
  if (typeof v.id !== 'string' || typeof v.tabId !== 'number') return null;
  if (v.view === 'check') return { id: v.id, tabId: v.tabId, view: 'check' };
  if (v.view === 'advice' && typeof v.text === 'string') return { id: v.id, tabId: v.tabId, view: 'advice', text: v.text };
  return null;
}

export async function showInSidePanel(windowId: number, view: NewView): Promise<void> {
  await storage.setItem(viewKey(windowId), { ...view, id: crypto.randomUUID() });
}

export async function readSideView(windowId: number): Promise<SideView | null> {
  return parseSideView(await storage.getItem(viewKey(windowId)).catch(() => null));
}

export const watchSideView = (windowId: number, cb: (v: SideView | null) => void) =>
  storage.watch(viewKey(windowId), (v) => cb(parseSideView(v)));

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };
const chromeSidePanel = () => (browser as unknown as { sidePanel?: Partial<SidePanelApi> }).sidePanel;
const firefoxSidebar = () => (browser as unknown as { sidebarAction?: Partial<SidebarApi> }).sidebarAction;

/** Chrome's side panel or Firefox's sidebar exists in this browser. */
export const sidePanelAvailable = () => typeof chromeSidePanel()?.open === 'function' || typeof firefoxSidebar()?.open === 'function';

/**
 * Opens the side panel of a window. Browsers allow this only in answer to a
 * user action, so call it synchronously in the handler of one (a click, a
 * menu item, a shortcut, or a message a content script sent on a click).
 * Resolves to false where it could not open.
 */
export function openSidePanel(windowId: number): Promise<boolean> {
  try {
    const side = chromeSidePanel();
    const bar = firefoxSidebar();
    const opening = typeof side?.open === 'function' ? side.open({ windowId }) : typeof bar?.open === 'function' ? bar.open() : null;
    return opening
      ? Promise.resolve(opening).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The side panel holds a port named so while it is open; the background knows by it which windows have one. */
export const PORT_PREFIX = 'wegwijzer-sidepanel:';
export function sidePanelWindow(portName: string): number | null {
  if (!portName.startsWith(PORT_PREFIX)) return null;
  const id = Number(portName.slice(PORT_PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** A page check the popup should run when it opens (the menu item, where there is no side panel). */
const popupCheck = storage.defineItem<{ tabId: number; at: number } | null>('session:popup-check', { fallback: null });
export const requestPopupCheck = (tabId: number) => popupCheck.setValue({ tabId, at: Date.now() });
/** Taken once, and only if it is fresh: an old request must not run a check the user did not just ask for. */
export async function takePopupCheck(now = Date.now()): Promise<boolean> {
  const req = await popupCheck.getValue().catch(() => null);
  if (!req) return false;
  await popupCheck.removeValue();
  return now - req.at < 10_000;
}

/** Chrome keeps this across restarts of the background: a user who chose the panel beside the text gets no side panel. */
export async function enableSidePanel(enabled: boolean): Promise<void> {
  const side = chromeSidePanel() as { setOptions?: (o: { enabled: boolean }) => Promise<void> } | undefined;
  await side?.setOptions?.({ enabled }).catch(() => undefined);
}
