import { ContentScriptContext } from 'wxt/utils/content-script-context';
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
  main: (ctx) => {
    stopForgedStartedEvents();
    return startSelectionController(ctx);
  },
});

/**
 * WXT lets a newer copy of this script stop an older one with a DOM event on
 * the document, named after the extension's id. A page that knows the id (a
 * store extension's id is public) can send it too and switch Wegwijzer off,
 * so the event stops here, before WXT's listener on the document. An orphaned
 * copy (the extension was updated) still stops itself: its context notices
 * the extension is gone on its next timer.
 */
function stopForgedStartedEvents() {
  // WXT's own name for the event (marked private in its types, public at run time), so a WXT update cannot rename it past us.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(type, (e) => e.stopImmediatePropagation(), { capture: true });
}
