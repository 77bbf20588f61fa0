/**
 * Puts our button and panel above the page. Inline `!important` beats any
 * page stylesheet, even `* { display: none !important }`, so hostile or
 * careless page CSS cannot hide or move them; the top layer (a popover)
 * beats any z-index; inside a modal dialog they live in the dialog, since
 * everything outside it is inert.
 */
import { modalDialogOf } from './snapshot';

const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'auto',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'max-width': 'none',
  'max-height': 'none',
  transform: 'none',
  filter: 'none',
  clip: 'auto',
  'clip-path': 'none',
};

export function pinHost(host: HTMLElement, placement: Record<string, string>) {
  for (const [k, v] of Object.entries({ ...HOST_STYLE, ...placement })) host.style.setProperty(k, v, 'important');
}

/** Attaches the host where it will be seen and usable: in the selection's modal dialog, else in the top layer. */
export function attachHost(host: HTMLElement, anchor: Element | null) {
  const dialog = modalDialogOf(anchor);
  const parent = dialog ?? host.ownerDocument.documentElement;
  if (host.parentNode !== parent || host.nextSibling) parent.append(host);
  if (dialog || typeof host.showPopover !== 'function') return;
  host.popover = 'manual';
  try {
    // Re-showing moves it to the top of the top layer, above overlays opened since.
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    /* not connected or not supported: the fixed position and z-index still apply */
  }
}
