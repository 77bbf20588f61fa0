/**
 * What the user selected: the text, where it is on screen, and the element to
 * give focus back to. Works for page text, textareas, text inputs and
 * contenteditable editors; password fields are never read.
 */
type Rect = { top: number; left: number; bottom: number; right: number };

export interface SelectionSnapshot {
  text: string;
  /** The whole selection on screen, for placing the panel. */
  rect: Rect;
  /** Where the selection ends (its last line), for placing the button. */
  end: Rect;
  /** The element that had focus (a field or editor), to return focus to on close. */
  focus: HTMLElement | null;
}

export const MIN_WORDS = 3;
const MAX_CHARS = 20_000;
const TEXT_INPUTS = new Set(['text', 'search', 'url', '']);

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function fieldSelection(el: Element | null): { text: string; el: HTMLElement } | null {
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type))) {
    const { selectionStart: s, selectionEnd: e } = el;
    if (s === null || e === null || s === e) return null;
    return { text: el.value.slice(s, e), el };
  }
  return null;
}

const rectOf = (r: DOMRect): Rect => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });

/** The current selection, or null when there is none worth offering advice on. */
/** Our own button and panel: selecting text in them is not selecting the draft. */
export const OWN_HOSTS = 'wegwijzer-selection, wegwijzer-panel';
const isOwn = (el: Element | null) => !!el?.closest(OWN_HOSTS);

export function readSelection(doc: Document = document): SelectionSnapshot | null {
  const active = doc.activeElement;
  if (active instanceof HTMLInputElement && active.type === 'password') return null;
  if (isOwn(active)) return null;

  const field = fieldSelection(active);
  if (field) {
    const text = field.text.trim();
    if (wordCount(text) < MIN_WORDS) return null;
    // A field's caret position is not exposed; anchor to the field's lower edge.
    const r = rectOf(field.el.getBoundingClientRect());
    return { text: text.slice(0, MAX_CHARS), rect: r, end: { top: r.bottom - 4, left: r.right - 4, bottom: r.bottom, right: r.right }, focus: field.el };
  }

  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const host = container instanceof Element ? container : container.parentElement;
  if (isOwn(host)) return null;
  if (host?.closest('input[type="password"]')) return null;
  const text = sel.toString().trim();
  if (wordCount(text) < MIN_WORDS) return null;
  const rects = range.getClientRects();
  const whole = range.getBoundingClientRect();
  const last = rects.length ? rects[rects.length - 1] : whole;
  const editor = host?.closest<HTMLElement>('[contenteditable=""], [contenteditable="true"]') ?? null;
  return { text: text.slice(0, MAX_CHARS), rect: rectOf(whole), end: rectOf(last), focus: editor };
}
