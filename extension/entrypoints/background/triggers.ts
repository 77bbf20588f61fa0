/**
 * The context-menu item and the keyboard shortcut. The menu hands us the
 * selected text of whichever frame it was in; the shortcut asks every frame
 * for its selection, and when none has one, the panel says so.
 */
import { browser } from 'wxt/browser';
import { LIMITS } from '@@/core/api/limits';
import { envelope } from '@/utils/protocol';
import { notePanelOpened, panelOpenedAt, showPanelInTab } from './panel-sessions';

export const MENU_ID = 'wegwijzer-selection';
export const COMMAND = 'open-panel';
/** How long the shortcut waits for a frame that has a selection. */
const SELECTION_WAIT_MS = 600;


export type ShowPanel = typeof showPanelInTab;

export function onMenuClick(menuItemId: unknown, selectionText: string | undefined, tabId: number | undefined, frameId: number | undefined, show: ShowPanel = showPanelInTab) {
  if (menuItemId !== MENU_ID || tabId === undefined) return;
  const text = selectionText?.trim().slice(0, LIMITS.selectionChars) ?? '';
  notePanelOpened(tabId);
  return show(tabId, text, frameId === 0 ? 'selection' : 'corner');
}

export async function onCommand(command: string, tabId: number | undefined, show: ShowPanel = showPanelInTab, wait = SELECTION_WAIT_MS) {
  if (command !== COMMAND || tabId === undefined) return;
  const asked = Date.now();
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
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: (browser.i18n.getMessage as (key: string) => string)('contextMenuTitle') || 'Wegwijzer', contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info.menuItemId, info.selectionText, tab?.id, info.frameId));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab?.id));
}
