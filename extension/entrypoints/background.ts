import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../utils/background/router';
import { registerSelectionTriggers } from '../utils/background/selection-triggers';

export default defineBackground(() => {
  registerSelectionTriggers();
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages and content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message);
  });
});
