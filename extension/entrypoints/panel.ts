import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanel } from '../utils/panel/mount';

/** The panel's code: loaded by the content script only when the panel is first opened. */
export default defineUnlistedScript(() => registerPanel());
