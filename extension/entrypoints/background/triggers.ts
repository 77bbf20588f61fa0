/**
 * The context-menu item and the keyboard shortcut. The menu hands us the
 * selected text of whichever frame it was in; the shortcut asks every frame
 * for its selection, and when none has one, the panel says so.
 */
import { browser } from 'wxt/browser';
import { LIMITS } from '@@/core/api/limits';
import { envelope } from '@/utils/protocol';
import { requestPopupCheck, showInSidePanel } from '../sidepanel/state';
import { notePanelOpened, panelOpenedAt, showAdvice, showPanelInTab, sidePanelIfWanted } from './panel-sessions';

export const MENU_ID = 'wegwijzer-selection';
export const MENU_CHECK_ID = 'wegwijzer-check-page';
export const COMMAND = 'open-panel';
/** How long the shortcut waits for a frame that has a selection. */
const SELECTION_WAIT_MS = 600;

export type ShowPanel = typeof showPanelInTab;

export function onMenuClick(
  menuItemId: unknown,
  selectionText: string | undefined,
  tabId: number | undefined,
  frameId: number | undefined,
  show: ShowPanel = showPanelInTab,
) {
  if (menuItemId !== MENU_ID || tabId === undefined) return;
  const text = selectionText?.trim().slice(0, LIMITS.selectionChars) ?? '';
  notePanelOpened(tabId);
  return show(tabId, text, frameId === 0 ? 'selection' : 'corner');
}

type OpenPopup = () => Promise<void>;
const openPopup: OpenPopup = async () => {
  // Chrome has action.openPopup; Firefox's MV2 build has browserAction.openPopup.
  const b = browser as unknown as Record<'action' | 'browserAction', { openPopup?: () => Promise<void> } | undefined>;
  const action = b.action ?? b.browserAction;
  if (!action?.openPopup) throw new Error('no popup to open');
  await action.openPopup();
};

/**
 * "Controleer deze pagina" from the context menu: the side panel opens on its
 * check, which reads the whole draft and offers the selection as the other
 * scope. Where there is no side panel, the popup opens on the check.
 */
export function onCheckMenuClick(
  menuItemId: unknown,
  tabId: number | undefined,
  windowId: number | undefined,
  popup: OpenPopup = openPopup,
): Promise<'sidepanel' | 'popup' | 'none'> | undefined {
  if (menuItemId !== MENU_CHECK_ID || tabId === undefined) return;
  const opened = (p: Promise<unknown>) =>
    p.then(
      () => true,
      () => false,
    );
  // Whichever opens, opens in this turn, inside the user's click.
  const side = sidePanelIfWanted(windowId);
  const viaPopup = side ? null : opened(popup());
  return (async () => {
    if (side && windowId !== undefined) {
      await showInSidePanel(windowId, { view: 'check', tabId });
      if (await side) return 'sidepanel';
    }
    await requestPopupCheck(tabId);
    // The side panel refused: the popup, if the browser still counts this as the user's action.
    return (await (viaPopup ?? opened(popup()))) ? 'popup' : 'none';
  })();
}

export async function onCommand(
  command: string,
  tabId: number | undefined,
  show: ShowPanel = showPanelInTab,
  wait = SELECTION_WAIT_MS,
  windowId?: number,
) {
  if (command !== COMMAND || tabId === undefined) return;
  const asked = Date.now();
  // The shortcut is a user action: open the side panel now; the frame with the selection fills it below.
  void sidePanelIfWanted(windowId);
  // Frames with a selection answer by opening the panel themselves (openPanel).
  await Promise.resolve()
    .then(() => browser.tabs.sendMessage(tabId, envelope('useSelection', {})))
    .catch(() => undefined);
  await new Promise((r) => setTimeout(r, wait));
  // No frame had a selection: open the panel anyway, to say so and offer the paste box.
  if (panelOpenedAt(tabId) < asked) return show(tabId, '', 'corner');
}

export function registerTriggers() {
  browser.runtime.onInstalled.addListener(() => {
    const message = browser.i18n.getMessage as (key: string) => string;
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: message('contextMenuTitle') || 'Wegwijzer', contexts: ['selection'] });
      browser.contextMenus.create({
        id: MENU_CHECK_ID,
        title: message('contextMenuCheck') || 'Controleer deze pagina',
        contexts: ['page', 'editable', 'frame'],
      });
    });
  });
  // Advice goes to the side panel of the tab's window when the user wants it there.
  const showIn =
    (windowId: number | undefined): ShowPanel =>
    (tabId, text, near) =>
      showAdvice(tabId, windowId, text, near);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(info.menuItemId, info.selectionText, tab?.id, info.frameId, showIn(tab?.windowId));
    void onCheckMenuClick(info.menuItemId, tab?.id, tab?.windowId);
  });
  browser.commands.onCommand.addListener(
    (command, tab) => void onCommand(command, tab?.id, showIn(tab?.windowId), SELECTION_WAIT_MS, tab?.windowId),
  );
}
