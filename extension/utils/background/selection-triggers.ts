/**
 * The context-menu item and the keyboard shortcut: both ask the tab's
 * content script to open the panel for the current selection.
 */
import { browser } from 'wxt/browser';
import type { OpenPanel } from '../open-panel';

export const MENU_ID = 'wegwijzer-selection';
export const COMMAND = 'open-panel';

type Send = (tabId: number, message: OpenPanel) => Promise<unknown>;

const sendToTab: Send = (tabId, message) =>
  // The tab may have no content script (a browser page); nothing to do then.
  browser.tabs.sendMessage(tabId, message).catch(() => undefined);

export function onMenuClick(menuItemId: unknown, selectionText: string | undefined, tabId: number | undefined, send: Send = sendToTab) {
  if (menuItemId !== MENU_ID || tabId === undefined) return;
  const text = selectionText?.slice(0, 20_000);
  return send(tabId, { type: 'wegwijzer:open-panel', ...(text ? { text } : {}) });
}

export function onCommand(command: string, tabId: number | undefined, send: Send = sendToTab) {
  if (command !== COMMAND || tabId === undefined) return;
  return send(tabId, { type: 'wegwijzer:open-panel' });
}

export function registerSelectionTriggers() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: (browser.i18n.getMessage as (key: string) => string)('contextMenuTitle') || 'Wegwijzer', contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info.menuItemId, info.selectionText, tab?.id));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab?.id));
}
