/**
 * PDF through pdf.js: the text items of each page become lines (by their
 * position), lines become paragraphs (by the space between them), headings
 * (by a font larger than the body text) and list items (by a bullet or a
 * number in front). Page numbers and running heads and feet are left out.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { countWords, headingsOf, toMarkdown, type Block } from './blocks';
import { DocumentError } from './errors';
import { pdfjs } from './pdfjs-loader';
import type { DocumentText } from './types';

interface Line {
  text: string;
  size: number;
  x: number;
  y: number;
  page: number;
}

const BULLET = /^(?:[•◦▪▫●○■□‣⁃∙·\uf0b7\uf0a7\uf076]\s*|(?:[-–—*]|\d{1,3}[.)]|[a-z][.)])\s+)/u;
/** "7", "- 7 -", "7 / 64", "Pagina 7 van 64". */
const PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?)\s*)?(?:\d{1,4}|-\s*\d{1,4}\s*-|\d{1,4}\s*(?:\/|van|of)\s*\d{1,4})$/i;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?$/;

/** The items of one page as lines, top to bottom. */
function pageLines(items: TextItem[], page: number): Line[] {
  const lines: (Line & { end: number })[] = [];
  let cur: (Line & { end: number }) | undefined;
  for (const item of items) {
    const [a, b, , , x, y] = item.transform;
    const size = Math.round(Math.hypot(a, b) * 10) / 10 || item.height;
    if (!item.str && !item.hasEOL) continue;
    if (cur && item.str && Math.abs(cur.y - y) < Math.max(cur.size, size) * 0.5) {
      // Same line: a space where there is a visible gap and no space yet.
      const gap = x - cur.end;
      if (gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(item.str)) cur.text += ' ';
      cur.text += item.str;
      cur.size = Math.max(cur.size, item.str.trim() ? size : 0);
      cur.end = x + item.width;
    } else if (item.str) {
      if (cur) lines.push(cur);
      cur = { text: item.str, size: item.str.trim() ? size : 0, x, y, page, end: x + item.width };
    }
  }
  if (cur) lines.push(cur);
  return lines.map(({ text, size, x, y }) => ({ text: text.replace(/\s+/g, ' ').trim(), size, x, y, page })).filter((l) => l.text);
}

/** Running heads and feet: lines at the top or foot of a page that recur there on most pages. */
function furniture(pages: Line[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => l.text));
    for (const t of edges) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= min).map(([t]) => t));
}

/** The font size most of the text is set in. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  return [...chars].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0;
}

function toBlocks(lines: Line[]): Block[] {
  const body = bodySize(lines);
  // Heading levels: the larger sizes, largest first.
  const sizes = [...new Set(lines.filter((l) => l.size >= body * 1.15).map((l) => l.size))].sort((p, q) => q - p);
  const level = (l: Line) => (l.size >= body * 1.15 ? Math.min(3, sizes.indexOf(l.size) + 1) : 0);
  // The usual distance between two lines of body text.
  const gaps = lines
    .slice(1)
    .flatMap((l, i) =>
      l.page === lines[i].page && l.size === body && lines[i].size === body && lines[i].y > l.y ? [lines[i].y - l.y] : [],
    );
  gaps.sort((p, q) => p - q);
  const leading = gaps[Math.floor(gaps.length / 2)] ?? body * 1.2;

  const blocks: Block[] = [];
  let prev: Line | undefined;
  let indent = 0;
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const h = level(line);
    const newPage = prev && line.page !== prev.page;
    const gap = prev && !newPage ? prev.y - line.y : 0;
    const apart = !prev || gap > leading * 1.35 || gap < 0 || (newPage && ENDS_SENTENCE.test(prev.text));
    const bullet = BULLET.exec(line.text);
    if (h) {
      if (last?.type === 'heading' && last.level === h && prev && !newPage && gap > 0 && gap < line.size * 1.6)
        last.text += ` ${line.text}`;
      else blocks.push({ type: 'heading', level: h, text: line.text });
    } else if (bullet && !(last?.type === 'para' && !apart && !ENDS_SENTENCE.test(prev!.text))) {
      blocks.push({ type: 'item', text: line.text.slice(bullet[0].length) });
      indent = line.x + 2;
    } else if (last && last.type !== 'heading' && !apart && (last.type !== 'item' || line.x >= indent || !ENDS_SENTENCE.test(prev!.text))) {
      last.text = /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(line.text) ? last.text + line.text : `${last.text} ${line.text}`;
    } else {
      blocks.push({ type: 'para', text: line.text });
    }
    prev = line;
  }
  return blocks;
}

/** The text of a PDF as light Markdown. Also used by the background for a PDF shown in the active tab. */
export async function pdfTextFromBytes(bytes: Uint8Array, name = 'document.pdf'): Promise<DocumentText> {
  const lib = await pdfjs();
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: lib.VerbosityLevel.ERRORS });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new DocumentError((e as Error)?.name === 'PasswordException' ? 'encrypted' : 'damaged', name, e);
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        pageLines(
          content.items.filter((i): i is TextItem => 'str' in i),
          n,
        ),
      );
      page.cleanup();
    }
    const skip = furniture(pages);
    const edge = (l: Line, i: number, all: Line[]) => i < 2 || i >= all.length - 2;
    const lines = pages.flatMap((p) => p.filter((l, i) => !(edge(l, i, p) && (skip.has(l.text) || PAGE_NUMBER.test(l.text)))));
    const letters = lines.reduce((a, l) => a + (l.text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < 40) throw new DocumentError('scanned', name);
    const blocks = toBlocks(lines);
    const text = toMarkdown(blocks);
    const headings = headingsOf(blocks);
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
    const title = info?.Title?.trim() || headings[0]?.text || name;
    return { name, kind: 'pdf', text, title, headings, words: countWords(text), pages: doc.numPages };
  } finally {
    void doc.destroy();
  }
}
