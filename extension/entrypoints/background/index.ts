import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from './router';
import { registerTriggers } from './triggers';

export default defineBackground(() => {
  registerTriggers();
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages and content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleMessage(message, sender, origin);
  });
});
