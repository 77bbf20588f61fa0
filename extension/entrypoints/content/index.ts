import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSelectionController } from './controller';

/**
 * Runs in every frame (editors live in frames, also about:blank and srcdoc
 * ones), so it is kept small: the panel is an extension page in a frame.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT would otherwise post a message with the extension's id to the page.
  noScriptStartedPostMessage: true,
  main: (ctx) => startSelectionController(ctx),
});
