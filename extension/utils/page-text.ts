/**
 * Reads the draft from a page for the checklist check: the selection if there
 * is one, otherwise the main content, including what is typed in textareas
 * and editable areas. Runs inside the page via scripting.executeScript, so it
 * must be self-contained (no imports, no closures).
 */
export interface PageText {
  source: 'page' | 'selection';
  text: string;
  title: string;
}

/**
 * Selections shorter than `minSelection` characters are treated as accidental.
 * The defaults are literals: this function is serialised into the page, where
 * module constants do not exist.
 */
export function extractPageText(doc: Document = document, minSelection = 40, maxChars = 900_000): PageText {
  const title = doc.title;
  const active = doc.activeElement;
  const selectedIn = (el: Element | null) =>
    el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text')
      ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)
      : '';
  const selection = (selectedIn(active) || doc.getSelection?.()?.toString() || '').trim();
  if (selection.length >= minSelection) return { source: 'selection', text: selection.slice(0, maxChars), title };

  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  const visible = (el: Element) => !(el.closest('[hidden], [aria-hidden="true"], script, style, noscript, template'));
  const parts: string[] = [];
  const rootText = (root as HTMLElement)?.innerText ?? root?.textContent ?? '';
  if (rootText.trim()) parts.push(rootText.trim());
  // Textarea values are not part of innerText; editable areas outside the main content are not either.
  for (const ta of Array.from(doc.querySelectorAll('textarea'))) {
    if (visible(ta) && ta.value.trim()) parts.push(ta.value.trim());
  }
  for (const ed of Array.from(doc.querySelectorAll('[contenteditable=""], [contenteditable="true"]'))) {
    if (visible(ed) && !root?.contains(ed)) parts.push(((ed as HTMLElement).innerText ?? ed.textContent ?? '').trim());
  }
  return { source: 'page', text: parts.filter(Boolean).join('\n\n').slice(0, maxChars), title };
}
