/**
 * Scrolls to a sentence in the page and highlights it with the CSS Custom
 * Highlight API: the page's DOM and text stay exactly as they are. Runs inside
 * the page via scripting.executeScript, so it must be self-contained.
 */

export function highlightSentence(sentence: string, doc: Document = document): 'text' | 'field' | 'not-found' {
  // The highlight's colours, once per document or shadow root, as an adopted sheet: no element is added to the page.
  const css = '::highlight(wegwijzer-evidence) { background-color: #ffd54f; color: #000; }';
  const style = (root: Document | ShadowRoot) => {
    if (typeof CSSStyleSheet !== 'function' || !Array.isArray(root.adoptedStyleSheets)) return;
    if (root.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('wegwijzer-evidence')))) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  style(doc);
  // Editors in open shadow roots (web components): their text is searched too, each root on its own.
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i].querySelectorAll('*')))
      if (el.shadowRoot && !el.matches('wegwijzer-selection, wegwijzer-panel')) roots.push(el.shadowRoot);
  }
  // Compare with collapsed whitespace: the sentence came from innerText, the DOM may break lines differently.
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  const wanted = collapse(sentence).trim();
  if (!wanted) return 'not-found';

  for (const field of roots.flatMap((r) => Array.from(r.querySelectorAll('textarea')))) {
    const at = collapse(field.value).indexOf(wanted);
    if (at < 0) continue;
    // Map the collapsed offset back to the raw value.
    let raw = 0;
    for (let seen = 0; raw < field.value.length && seen < at; raw++) {
      if (!(/\s/.test(field.value[raw]) && /\s/.test(field.value[raw + 1] ?? ''))) seen++;
    }
    field.focus({ preventScroll: true });
    field.setSelectionRange(raw, Math.min(field.value.length, raw + sentence.length));
    field.scrollIntoView({ block: 'center' });
    return 'field';
  }

  const inRoot = (root: Document | ShadowRoot): 'text' | null => {
    const top = root instanceof Document ? root.body : root;
    if (!top) return null;
    const walker = doc.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const value = (n as Text).data.replace(/\s+/g, ' ');
      nodes.push(n as Text);
      starts.push(text.length);
      text += value;
    }
    // Collapse runs across node boundaries too, keeping a map back to node offsets.
    let flat = '';
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' && flat.endsWith(' ')) continue;
      flat += text[i];
      map.push(i);
    }
    const at = flat.indexOf(wanted);
    if (at < 0) return null;
    const locate = (pos: number) => {
      let i = starts.length - 1;
      while (i > 0 && starts[i] > pos) i--;
      // Offsets inside a node count collapsed whitespace; walk the raw data to find the real offset.
      const node = nodes[i];
      const target = pos - starts[i];
      let raw = 0;
      for (let seen = 0; raw < node.data.length && seen < target; raw++) {
        if (!(/\s/.test(node.data[raw]) && /\s/.test(node.data[raw + 1] ?? ''))) seen++;
      }
      return { node, offset: Math.min(raw, node.data.length) };
    };
    const start = locate(map[at]);
    const end = locate(map[at + wanted.length - 1] + 1);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const highlights = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
    if (root instanceof ShadowRoot) style(root);
    if (highlights && Highlight) highlights.set('wegwijzer-evidence', new Highlight(range));
    (start.node.parentElement ?? doc.body).scrollIntoView({ block: 'center' });
    return 'text';
  };
  for (const root of roots) if (inRoot(root)) return 'text';
  return 'not-found';
}
