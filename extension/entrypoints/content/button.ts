/**
 * The small "Wegwijzer" button next to a selection. Plain DOM in a closed
 * shadow root, so the content script that runs on every page stays tiny, page
 * CSS cannot hide or restyle it and page scripts cannot reach it. Only the
 * user can activate it: synthetic clicks and keys from the page are ignored,
 * and nothing is sent anywhere before that.
 */
import { attachHost, pinHost } from './pin-host';
import type { SelectionSnapshot } from './snapshot';

const CSS = `
:host { all: initial; }
button {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px;
  padding: 5px 10px; border-radius: 999px; cursor: pointer;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #fff; background: #0b4f8a; border: 2px solid #fff; box-shadow: 0 2px 8px rgba(0,0,0,.35);
}
button:hover { background: #083d6b; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
svg { width: 14px; height: 14px; fill: currentColor; }
@media (prefers-reduced-motion: no-preference) { button { transition: background .12s; } }
`;

export interface SelectionButton {
  show(snapshot: SelectionSnapshot): void;
  hide(): void;
  focus(): void;
  readonly visible: boolean;
  readonly host: HTMLElement;
}

export function createSelectionButton(label: string, onActivate: () => void, onEscape: () => void): SelectionButton {
  const host = document.createElement('wegwijzer-selection');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.title = label;
  // Text via textContent only: never HTML.
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M12 2 3 6v6c0 5 3.8 9.7 9 10 5.2-.3 9-5 9-10V6l-9-4Zm-1 14-4-4 1.4-1.4L11 13.2l5.6-5.6L18 9l-7 7Z');
  icon.append(path);
  const text = document.createElement('span');
  text.textContent = 'Wegwijzer';
  button.append(icon, text);
  shadow.append(style, button);

  // Keep the page's selection: a mousedown on the button would otherwise clear it.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  // Enter and Space on a focused button arrive as trusted clicks too.
  button.addEventListener('click', (e) => e.isTrusted && onActivate());
  button.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') {
      e.preventDefault();
      onEscape();
    }
  });

  let visible = false;

  return {
    host,
    get visible() {
      return visible;
    },
    show(s) {
      const vw = document.documentElement.clientWidth || window.innerWidth;
      const vh = document.documentElement.clientHeight || window.innerHeight;
      const top = Math.min(Math.max(4, s.end.bottom + 6), vh - 40);
      const left = Math.min(Math.max(4, s.end.right - 20), vw - 130);
      pinHost(host, { top: `${top}px`, left: `${left}px`, width: 'auto', height: 'auto' });
      attachHost(host, s.anchor);
      visible = true;
    },
    hide() {
      host.remove();
      visible = false;
    },
    focus() {
      button.focus();
    },
  };
}
