/**
 * The context-menu item and the keyboard shortcut: both ask the tab's
 * content script to open the panel for the current selection.
 */
import { browser } from 'wxt/browser';
import type { OpenPanel } from '../open-panel';

export const MENU_ID = 'wegwijzer-selection';
export const COMMAND = 'open-panel';

async function openPanel(tabId: number | undefined, text?: string) {
  if (tabId === undefined) return;
  const message: OpenPanel = { type: 'wegwijzer:open-panel', ...(text ? { text: text.slice(0, 20_000) } : {}) };
  // The tab may have no content script (a browser page); nothing to do then.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

export function registerSelectionTriggers() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: (browser.i18n.getMessage as (key: string) => string)('contextMenuTitle') || 'Wegwijzer', contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openPanel(tab?.id, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND) void openPanel(tab?.id);
  });
}
