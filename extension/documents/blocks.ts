/**
 * The structure every reader produces: headings, list items and paragraphs,
 * written out as light Markdown ("# ", "- ", blank lines between paragraphs).
 * The checklist check splits sentences at line ends and skips these markers,
 * so a heading or a list item stays a unit of its own.
 */
export type Block = { type: 'heading'; level: number; text: string } | { type: 'item'; text: string } | { type: 'para'; text: string };

export interface Heading {
  level: number;
  text: string;
}

/** Collapses runs of whitespace (tabs, non-breaking spaces, line breaks inside a paragraph) to one space. */
export const clean = (s: string) => s.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();

export const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function toMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  let prev: Block['type'] | undefined;
  for (const b of blocks) {
    const text = clean(b.text);
    if (!text) continue;
    // List items sit on consecutive lines; everything else is set apart by a blank line.
    if (out.length) out.push(b.type === 'item' && prev === 'item' ? '\n' : '\n\n');
    out.push(b.type === 'heading' ? `${'#'.repeat(Math.min(6, Math.max(1, b.level)))} ${text}` : b.type === 'item' ? `- ${text}` : text);
    prev = b.type;
  }
  return out.join('');
}

export const headingsOf = (blocks: Block[]): Heading[] =>
  blocks.flatMap((b) => (b.type === 'heading' && clean(b.text) ? [{ level: b.level, text: clean(b.text) }] : []));
