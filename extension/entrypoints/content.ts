import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSelectionController } from '../utils/selection/controller';

/** Runs on every page, so it is kept tiny: the panel's code loads only when opened. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: false,
  runAt: 'document_idle',
  main: (ctx) => startSelectionController(ctx),
});
