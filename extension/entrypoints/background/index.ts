import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { trackSidePanels } from './panel-sessions';
import { handleMessage } from './router';
import { registerTriggers } from './triggers';

export default defineBackground(() => {
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
