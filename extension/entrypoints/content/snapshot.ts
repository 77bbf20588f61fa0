/**
 * What the user selected: the text, where it is on screen, and the element to
 * give focus back to. Works for page text, textareas, text inputs,
 * contenteditable editors and selections inside open shadow roots; password
 * fields are never read.
 */
import { LIMITS } from '@@/core/api/limits';
import { wordCount } from '@/utils/words';

type Rect = { top: number; left: number; bottom: number; right: number };

export interface SelectionSnapshot {
  text: string;
  /** The whole selection on screen, for placing the panel. */
  rect: Rect;
  /** Where the selection ends (its last line), for placing the button. */
  end: Rect;
  /** The element that had focus (a field or editor), to return focus to on close. */
  focus: HTMLElement | null;
  /** The element the selection is in: the button goes into its modal dialog, if it has one. */
  anchor: Element | null;
}

export const MIN_WORDS = 3;
const TEXT_INPUTS = new Set(['text', 'search', 'url', '']);

/** Our own button and panel: selecting text in them is not selecting the draft. */
export const OWN_HOSTS = 'wegwijzer-selection, wegwijzer-panel';
const isOwn = (el: Element | null) => !!el?.closest(OWN_HOSTS);

const rectOf = (r: DOMRect): Rect => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });

/** The focused element, followed into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function fieldSelection(el: Element | null): { text: string; el: HTMLElement } | null {
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type))) {
    const { selectionStart: s, selectionEnd: e } = el;
    if (s === null || e === null || s === e) return null;
    return { text: el.value.slice(s, e), el };
  }
  return null;
}

type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/** The selected range, also when it lies inside an open shadow root. */
function selectedRange(doc: Document, active: Element | null): { range: Range; text: string } | null {
  const sel = doc.getSelection() as ComposedSelection | null;
  const root = active?.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | undefined;
  // Chromium gives a shadow root its own selection; focus tells which root.
  const own = root instanceof ShadowRoot && typeof root.getSelection === 'function' ? root.getSelection() : null;
  if (own && !own.isCollapsed && own.rangeCount) return { range: own.getRangeAt(0), text: own.toString() };
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const host = range.commonAncestorContainer;
  const shadow = host instanceof Element ? host.shadowRoot : null;
  if (shadow && typeof sel.getComposedRanges === 'function') {
    // A selection made with the mouse inside a shadow tree is retargeted to its host; composed ranges see through.
    const [composed] = sel.getComposedRanges({ shadowRoots: openShadowRoots(host as Element) });
    if (composed && !composed.collapsed) {
      const r = doc.createRange();
      r.setStart(composed.startContainer, composed.startOffset);
      r.setEnd(composed.endContainer, composed.endOffset);
      return { range: r, text: r.toString() };
    }
  }
  return { range, text: sel.toString() };
}

function openShadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (e: Element) => {
    if (e.shadowRoot) {
      roots.push(e.shadowRoot);
      for (const c of Array.from(e.shadowRoot.querySelectorAll('*'))) visit(c);
    }
  };
  visit(el);
  for (const c of Array.from(el.querySelectorAll('*'))) visit(c);
  return roots;
}

/** The current selection, or null when there is none worth offering advice on. */
export function readSelection(doc: Document = document): SelectionSnapshot | null {
  const active = deepActiveElement(doc);
  if (active instanceof HTMLInputElement && active.type === 'password') return null;
  if (isOwn(active)) return null;

  const field = fieldSelection(active);
  if (field) {
    const text = field.text.trim();
    if (wordCount(text) < MIN_WORDS) return null;
    // A field's caret position is not exposed; anchor to the field's lower edge.
    const r = rectOf(field.el.getBoundingClientRect());
    const end = { top: r.bottom - 4, left: r.right - 4, bottom: r.bottom, right: r.right };
    return { text: text.slice(0, LIMITS.selectionChars), rect: r, end, focus: field.el, anchor: field.el };
  }

  const selected = selectedRange(doc, active);
  if (!selected) return null;
  const { range } = selected;
  const container = range.commonAncestorContainer;
  const host = container instanceof Element ? container : container.parentElement;
  if (isOwn(host)) return null;
  if (host?.closest('input[type="password"]')) return null;
  const text = selected.text.trim();
  if (wordCount(text) < MIN_WORDS) return null;
  const rects = range.getClientRects();
  const whole = range.getBoundingClientRect();
  const last = rects.length ? rects[rects.length - 1] : whole;
  const editor =
    host?.closest<HTMLElement>('[contenteditable=""], [contenteditable="true"]') ?? (doc.designMode === 'on' ? doc.body : null);
  return { text: text.slice(0, LIMITS.selectionChars), rect: rectOf(whole), end: rectOf(last), focus: editor, anchor: host };
}

/** The open modal dialog an element is in (across shadow roots): our UI must live inside it to be usable. */
export function modalDialogOf(el: Element | null): HTMLDialogElement | null {
  for (let e: Element | null = el; e;) {
    const dialog = e.closest('dialog');
    if (dialog?.open && dialog.matches(':modal')) return dialog;
    const root = e.getRootNode();
    e = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
