/**
 * Mounts the panel in an open shadow root beside the selection and registers
 * the panel API for the content script. Loaded on demand (entrypoints/panel.ts).
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { LangContext } from '../../components/i18n';
import { Panel } from '../../components/Panel';
import type { PanelApi } from '../selection/controller';
import type { SelectionSnapshot } from '../selection/snapshot';
import { pinHost } from '../pin-host';
import type { Settings } from '../settings';
import css from '../../components/styles.css?inline';

const WIDTH = 400;
const MIN_HEIGHT = 260;

/** Beside the selection when there is room on its right; else below it, else above it; never over it if avoidable. */
function place(host: HTMLElement, rect: SelectionSnapshot['rect']) {
  const vw = document.documentElement.clientWidth || innerWidth;
  const vh = document.documentElement.clientHeight || innerHeight;
  const width = Math.min(WIDTH, vw - 16);
  const clampX = (x: number) => Math.min(Math.max(8, x), vw - width - 8);
  let top: number;
  let left: number;
  let maxHeight: number;
  if (rect.right + 16 + width <= vw) {
    left = rect.right + 16;
    top = Math.min(Math.max(8, rect.top), Math.max(8, vh - MIN_HEIGHT - 8));
    maxHeight = vh - top - 8;
  } else if (vh - rect.bottom - 16 >= MIN_HEIGHT) {
    left = clampX(rect.left);
    top = rect.bottom + 8;
    maxHeight = vh - top - 8;
  } else if (rect.top - 16 >= MIN_HEIGHT) {
    left = clampX(rect.left);
    maxHeight = rect.top - 16;
    top = 8;
  } else {
    left = vw - width - 8;
    top = 8;
    maxHeight = vh - 16;
  }
  pinHost(host, { top: `${top}px`, left: `${left}px`, width: `${width}px`, '--ww-max-height': `${maxHeight}px` });
}

export function registerPanel() {
  let current: { remove(): void } | null = null;

  const api: PanelApi = {
    close: () => {
      current?.remove();
      current = null;
    },
    async open(ctx: ContentScriptContext, snapshot: SelectionSnapshot, settings: Settings) {
      api.close();
      const restoreFocus = () => snapshot.focus?.focus({ preventScroll: true });
      const ui = await createShadowRootUi(ctx, {
        name: 'wegwijzer-panel',
        position: 'inline',
        anchor: 'html',
        append: 'last',
        mode: 'open',
        // WXT's own reset is `:host{all:initial !important}`, which would also beat our inline
        // !important placement; styles.css resets the host without !important instead.
        inheritStyles: true,
        css: `:host { all: initial; }\n${css}`,
        // Keys typed in the panel must not reach the page's own shortcuts.
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => {
          render(
            h(LangContext.Provider, { value: settings.language }, h(Panel, { text: snapshot.text, onClose: () => (api.close(), restoreFocus()) })),
            container,
          );
          return container;
        },
        // Nothing of the user's text stays behind when the panel closes.
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
      place(ui.shadowHost, snapshot.rect);
      current = ui;
    },
  };
  globalThis.__wegwijzerPanel = api;
}
