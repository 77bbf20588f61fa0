/**
 * Reads what this frame offers as the draft for the page check: the user's
 * selection, every editable region (textareas, contenteditable editors,
 * designMode documents, also inside open shadow roots) and the page text.
 * The background chooses among the parts of all frames (page-check.ts).
 *
 * Runs in the content script of each frame, and is injected as a function
 * into tabs that have none, so it must be self-contained: no imports, no
 * module constants.
 */
import type { DraftPart } from '@/utils/to-content';

export function readDraft(withSelection: boolean, doc: Document = document, maxChars = 1_000_000): DraftPart[] {
  const win = doc.defaultView ?? window;
  const inFrame = win !== win.top;
  const clean = (s: string) =>
    s
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, maxChars);
  const hidden = (el: Element) =>
    !!el.closest('[hidden], [aria-hidden="true"], script, style, noscript, template') ||
    (el instanceof HTMLElement &&
      el.offsetParent === null &&
      win.getComputedStyle(el).position !== 'fixed' &&
      el.getClientRects().length === 0);
  const ours = (el: Element) => !!el.closest('wegwijzer-selection, wegwijzer-panel');
  const textOf = (el: Element) => (el instanceof HTMLElement ? el.innerText : el.textContent) ?? '';

  /** Every element, also inside open shadow roots (innerText does not enter them). */
  const shadowRoots: ShadowRoot[] = [];
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      all.push(el);
      if (el.shadowRoot) {
        shadowRoots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(doc);

  // The element with focus, followed through shadow roots.
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const hasFocus = doc.hasFocus();

  const parts: DraftPart[] = [];
  const push = (part: DraftPart) => part.text && parts.push(part);
  const label = (el: Element) => (el.getAttribute('aria-label') || el.getAttribute('title') || el.id || '').slice(0, 200) || undefined;

  if (withSelection) {
    let selected = '';
    if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
      selected = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
    }
    if (!selected) {
      // A selection inside a shadow root is only whole through that root (Chromium) or composed ranges.
      const root = active?.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | undefined;
      const own = root && root !== (doc as unknown) && typeof root.getSelection === 'function' ? root.getSelection() : null;
      selected = (own?.toString() || doc.getSelection()?.toString()) ?? '';
    }
    push({ where: 'selection', text: clean(selected), focused: true, editable: false });
  }

  if (doc.designMode === 'on' && doc.body) {
    push({
      where: inFrame ? 'frame-editor' : 'editor',
      text: clean(textOf(doc.body)),
      focused: hasFocus,
      editable: true,
      label: doc.title || undefined,
    });
    return parts;
  }

  // Cheap tests first: whether an element is hidden needs layout, so it is asked only of editable elements.
  const editors = all.filter(
    (el) =>
      ((el instanceof HTMLTextAreaElement && !el.disabled && !el.readOnly) ||
        (el instanceof HTMLElement && el.isContentEditable && !el.parentElement?.isContentEditable)) &&
      !ours(el) &&
      !hidden(el),
  );
  const inShadow = (el: Element) => el.getRootNode() !== doc;
  for (const el of editors) {
    const text = el instanceof HTMLTextAreaElement ? el.value : textOf(el);
    const focused = hasFocus && !!active && (el === active || el.contains(active));
    const where = inShadow(el) ? 'shadow-editor' : el instanceof HTMLTextAreaElement ? 'field' : inFrame ? 'frame-editor' : 'editor';
    push({ where, text: clean(text), focused, editable: true, label: label(el) });
  }

  // The page's own text: the main content if marked, else the body, plus text shown from open shadow roots.
  const main = doc.querySelector('main, [role="main"], article') ?? doc.body;
  const shown = shadowRoots.filter((r) => !ours(r.host) && !!main?.contains(r.host));
  const pageText = [
    main ? textOf(main) : '',
    ...shown.flatMap((r) =>
      Array.from(r.children)
        .filter((c) => !hidden(c))
        .map(textOf),
    ),
  ];
  push({
    where: inFrame ? 'frame' : 'page',
    text: clean(pageText.join('\n\n')),
    focused: false,
    editable: false,
    label: doc.title || undefined,
  });
  return parts;
}

/** The frames of a document, also inside open shadow roots: each runs a content script that answers for itself. */
export function countFrames(doc: Document = document): number {
  let n = 0;
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el instanceof HTMLIFrameElement || el.tagName === 'FRAME') n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  return n;
}
