/**
 * Watches the selection in this frame and drives the button; on activation
 * asks the background to open the panel (which it does in the top frame).
 * Answers the background's requests: show or hide the panel, take the
 * selection (menu, shortcut), read the draft (page check), mark a sentence.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { highlightSentence } from '@/injected/highlight';
import { countFrames, readDraft } from '@/injected/read-draft';
import { ask } from '@/utils/ask';
import { TO_CONTENT } from '@/utils/to-content';
import type { Answers } from '@/utils/protocol';
import { BUTTON_LABEL } from '@/locales/button';
import { createSelectionButton } from './button';
import { createPanelFrame } from './panel-frame';
import { readSelection, type SelectionSnapshot } from './snapshot';

const SETTINGS_TTL_MS = 3000;

export async function startSelectionController(ctx: ContentScriptContext) {
  // Content scripts may not touch extension storage at all (it is locked to extension pages):
  // the background says what the page needs, asked again at most every few seconds.
  let settings: Answers['pageSettings'] = { language: 'nl', siteOff: false };
  let askedAt = 0;
  const refreshSettings = async () => {
    if (Date.now() - askedAt < SETTINGS_TTL_MS) return;
    askedAt = Date.now();
    const answer = await ask('pageSettings', {});
    if (answer.ok) settings = answer.data;
  };
  await refreshSettings();
  const siteOff = () => settings.siteOff;

  let last: SelectionSnapshot | null = null;
  const open = (snapshot: SelectionSnapshot | null) => {
    if (!snapshot) return;
    button.hide();
    void ask('openPanel', { text: snapshot.text });
  };
  const button = createSelectionButton(
    BUTTON_LABEL[settings.language],
    () => open(last),
    () => {
      button.hide();
      last?.focus?.focus();
    },
  );
  const panel = createPanelFrame((focusBack) => focusBack?.focus({ preventScroll: true }));
  ctx.onInvalidated(() => (button.hide(), panel.open && panel.close()));

  // A new selection while the panel is open offers the button again: opening it replaces the panel.
  const update = async () => {
    await refreshSettings();
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
    pending = ctx.setTimeout(() => void update(), 120);
  };
  ctx.addEventListener(document, 'selectionchange', schedule);
  ctx.addEventListener(document, 'mouseup', schedule);
  ctx.addEventListener(document, 'keyup', schedule);
  ctx.addEventListener(window, 'scroll', () => button.visible && schedule(), { passive: true, capture: true });
  // Text selected while the page was still loading (before this script listened) gets its button too.
  schedule();

  // Keyboard users: Tab from the selected text goes to the button first.
  ctx.addEventListener(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      if (!e.isTrusted || e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || !button.visible) return;
      if (document.activeElement === button.host) return;
      e.preventDefault();
      button.focus();
    },
    { capture: true },
  );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the background speaks to content scripts; never another frame or the page.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const { wegwijzer: name, body } = (message ?? {}) as { wegwijzer?: string; body?: unknown };
    switch (name) {
      case 'showPanel': {
        const r = TO_CONTENT.showPanel.safeParse(body);
        if (r.success) panel.show(r.data.session, r.data.near === 'selection' ? (readSelection(document) ?? last) : null);
        return undefined;
      }
      case 'hidePanel':
        if (panel.open) panel.close();
        return undefined;
      case 'useSelection': {
        // The shortcut: only a frame that has a selection answers, by opening the panel.
        if (TO_CONTENT.useSelection.safeParse(body).success) open(readSelection(document));
        return undefined;
      }
      case 'collectDraft': {
        const r = TO_CONTENT.collectDraft.safeParse(body);
        if (!r.success) return undefined;
        const parts = readDraft(r.data.withSelection).filter((p) => p.text);
        return ask('draftParts', { requestId: r.data.requestId, parts, frames: countFrames(document) }).then(() => true);
      }
      case 'highlight': {
        const r = TO_CONTENT.highlight.safeParse(body);
        if (!r.success) return undefined;
        const found = highlightSentence(r.data.sentence);
        // Frames without the sentence stay silent, so the frame that has it answers.
        return found === 'not-found' ? undefined : Promise.resolve({ found });
      }
    }
    return undefined;
  });
}
