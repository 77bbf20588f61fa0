/**
 * The in-page panel: an extension page (panel.html) in a frame, in a closed
 * shadow root. The page can neither read the advice (the frame is of another
 * origin) nor the frame's address; the address carries only a one-time
 * session id, never the selected text.
 */
import { browser } from 'wxt/browser';
import { attachHost, pinHost } from './pin-host';
import type { SelectionSnapshot } from './snapshot';

const WIDTH = 400;
const HEIGHT = 620;
const MIN_HEIGHT = 260;

type Rect = SelectionSnapshot['rect'];

/** Beside the selection when there is room on its right; else below it, else above it; never over it if avoidable. */
export function placement(rect: Rect | null, vw: number, vh: number): Record<string, string> {
  const width = Math.min(WIDTH, vw - 16);
  const clampX = (x: number) => Math.min(Math.max(8, x), vw - width - 8);
  let top = 8;
  let left = vw - width - 8;
  let height = Math.min(HEIGHT, vh - 16);
  if (rect && rect.right + 16 + width <= vw) {
    left = rect.right + 16;
    top = Math.min(Math.max(8, rect.top), Math.max(8, vh - MIN_HEIGHT - 8));
    height = Math.min(HEIGHT, vh - top - 8);
  } else if (rect && vh - rect.bottom - 16 >= MIN_HEIGHT) {
    left = clampX(rect.left);
    top = rect.bottom + 8;
    height = Math.min(HEIGHT, vh - top - 8);
  } else if (rect && rect.top - 16 >= MIN_HEIGHT) {
    left = clampX(rect.left);
    height = Math.min(HEIGHT, rect.top - 16);
    top = rect.top - 8 - height;
  }
  return { top: `${top}px`, left: `${left}px`, width: `${width}px`, height: `${height}px` };
}

export interface PanelFrame {
  show(session: string, near: SelectionSnapshot | null): void;
  close(): void;
  readonly open: boolean;
}

export function createPanelFrame(onClosed: (restoreFocus: HTMLElement | null) => void): PanelFrame {
  let host: HTMLElement | null = null;
  let focusBack: HTMLElement | null = null;
  const close = () => {
    host?.remove();
    host = null;
    onClosed(focusBack);
  };
  return {
    get open() {
      return host !== null;
    },
    close,
    show(session, near) {
      host?.remove();
      focusBack = near?.focus ?? null;
      host = document.createElement('wegwijzer-panel');
      const shadow = host.attachShadow({ mode: 'closed' });
      const frame = document.createElement('iframe');
      frame.title = 'Wegwijzer';
      frame.src = browser.runtime.getURL(`/panel.html?session=${encodeURIComponent(session)}`);
      frame.style.cssText =
        'border:0;width:100%;height:100%;display:block;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.35);background:#fff;color-scheme:light';
      frame.addEventListener('load', () => frame.focus(), { once: true });
      shadow.append(frame);
      const vw = document.documentElement.clientWidth || innerWidth;
      const vh = document.documentElement.clientHeight || innerHeight;
      pinHost(host, placement(near?.rect ?? null, vw, vh));
      attachHost(host, near?.anchor ?? null);
    },
  };
}
