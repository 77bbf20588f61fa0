import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { trackSidePanels } from './panel-sessions';
import { handleMessage } from './router';
import { registerTriggers } from './triggers';

type Lockable = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

export default defineBackground(() => {
  // Extension storage is for extension pages only: a content script (a page that subverted one)
  // can neither read the settings nor change the API address. Firefox allows this for session storage only.
  for (const area of [browser.storage.local, browser.storage.session] as Lockable[]) {
    void area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  }
  registerTriggers();
  const origin = browser.runtime.getURL('/');
  trackSidePanels(origin);
  // First run: the welcome page says what Wegwijzer does, what it sends and when, and where the settings are.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages and content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleMessage(message, sender, origin);
  });
});
