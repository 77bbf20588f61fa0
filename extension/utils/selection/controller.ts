/**
 * Watches the selection and drives the button; on activation (button,
 * context menu or shortcut) loads the panel's code on demand and opens it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OpenPanelSchema } from '../open-panel';
import { getSettings, watchSettings, type Settings } from '../settings';
import { BUTTON_LABEL } from '../../locales/button';
import { createSelectionButton } from './button';
import { readSelection, wordCount, type SelectionSnapshot } from './snapshot';

/** What the panel module registers when it has loaded. */
export interface PanelApi {
  open(ctx: ContentScriptContext, snapshot: SelectionSnapshot, settings: Settings): Promise<void>;
  close(): void;
}
declare global {
  // eslint-disable-next-line no-var
  var __wegwijzerPanel: PanelApi | undefined;
}

async function loadPanel(): Promise<PanelApi> {
  if (!globalThis.__wegwijzerPanel) {
    // The panel (Preact, styles) is a separate file, fetched only when it is first opened.
    await import(/* @vite-ignore */ browser.runtime.getURL('/panel.js'));
  }
  if (!globalThis.__wegwijzerPanel) throw new Error('panel did not load');
  return globalThis.__wegwijzerPanel;
}

export async function startSelectionController(ctx: ContentScriptContext) {
  let settings = await getSettings();
  const siteOff = () => settings.disabledSites.includes(location.hostname);
  ctx.onInvalidated(watchSettings((s) => (settings = s)));

  let last: SelectionSnapshot | null = null;
  const open = async (snapshot: SelectionSnapshot | null) => {
    if (!snapshot) return;
    button.hide();
    const panel = await loadPanel();
    await panel.open(ctx, snapshot, settings);
  };
  const button = createSelectionButton(
    BUTTON_LABEL[settings.language],
    () => void open(last),
    () => {
      button.hide();
      last?.focus?.focus();
    },
  );

  // A new selection while the panel is open offers the button again: opening it replaces the panel.
  const update = () => {
    if (siteOff()) return button.hide();
    const snapshot = readSelection(document);
    if (snapshot) {
      last = snapshot;
      button.show(snapshot);
    } else if (document.activeElement !== button.host) {
      button.hide();
    }
  };
  let pending = 0;
  const schedule = () => {
    clearTimeout(pending);
    pending = ctx.setTimeout(update, 120);
  };
  ctx.addEventListener(document, 'selectionchange', schedule);
  ctx.addEventListener(document, 'mouseup', schedule);
  ctx.addEventListener(document, 'keyup', schedule);
  ctx.addEventListener(window, 'scroll', () => button.visible && schedule(), { passive: true, capture: true });

  // Keyboard users: Tab from the selected text goes to the button first.
  ctx.addEventListener(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || !button.visible) return;
      if (document.activeElement === button.host) return;
      e.preventDefault();
      button.focus();
    },
    { capture: true },
  );

  // Without a live selection (the menu gave only its text), the panel opens at the top right.
  const TOP_RIGHT = { top: 8, left: innerWidth - 8, bottom: 8, right: innerWidth - 8 };
  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = OpenPanelSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const current = readSelection(document);
    const text = parsed.data.text?.trim();
    const snapshot =
      current ?? (text && wordCount(text) >= 1 ? { text, rect: TOP_RIGHT, end: TOP_RIGHT, focus: null } : null);
    void open(snapshot);
    return undefined;
  });
}
