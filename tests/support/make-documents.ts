/**
 * Document fixtures, made at test time from a Markdown draft: .docx (the
 * `docx` package, real Word headings and bullets), .odt (a minimal ODF
 * package zipped with fflate), .pdf (pdf-lib, standard fonts, larger bold
 * headings, bullets, page numbers), .txt and .md. Nothing is checked in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

/** A copy of the evaluation draft /work/shared/eval/drafts/lindenburg-kadernota.md (headings, a list, 404 words). */
export const DRAFT_PATH = join(import.meta.dirname, 'lindenburg-kadernota.md');
export const draftMarkdown = () => readFileSync(DRAFT_PATH, 'utf8');

export type FixtureBlock =
  { type: 'heading'; level: number; text: string } | { type: 'item'; text: string } | { type: 'para'; text: string };

/** The draft's own structure: "#" headings, "- " items, paragraphs. */
export function draftBlocks(md: string): FixtureBlock[] {
  const out: FixtureBlock[] = [];
  for (const line of md.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) out.push({ type: 'heading', level: h[1].length, text: h[2] });
    else if (line.startsWith('- ')) out.push({ type: 'item', text: line.slice(2) });
    else out.push({ type: 'para', text: line });
  }
  return out;
}

/** The draft repeated until it has about `words` words, chapters numbered on: a long policy document. */
export function longDraft(words: number, md = draftMarkdown()): string {
  const [title, ...rest] = md.split('\n');
  const body = rest.join('\n');
  const per = body.split(/\s+/).length;
  const parts = [title];
  for (let i = 0; i * per < words; i++) parts.push(body.replace(/^## (\d+)\./gm, (_m, n) => `## ${i * 10 + Number(n)}.`));
  return parts.join('\n');
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

export async function makeDocx(md: string): Promise<Uint8Array> {
  const children = draftBlocks(md).map((b) =>
    b.type === 'heading'
      ? new Paragraph({ text: b.text, heading: HEADINGS[Math.min(2, b.level - 1)] })
      : b.type === 'item'
        ? new Paragraph({ text: b.text, bullet: { level: 0 } })
        : new Paragraph({ text: b.text }),
  );
  const doc = new Document({ creator: 'Wegwijzer tests', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A minimal ODF text package: mimetype first and stored, a manifest, content.xml. */
export function makeOdt(md: string, { encrypted = false } = {}): Uint8Array {
  const body: string[] = [];
  let list: string[] | null = null;
  const closeList = () => {
    if (list) body.push(`<text:list>${list.join('')}</text:list>`);
    list = null;
  };
  for (const b of draftBlocks(md)) {
    if (b.type === 'item') {
      list ??= [];
      // A space run (text:s) and a span, as LibreOffice writes them.
      list.push(`<text:list-item><text:p text:style-name="P1">${xmlEscape(b.text).replace(' ', '<text:s/>')}</text:p></text:list-item>`);
      continue;
    }
    closeList();
    if (b.type === 'heading') body.push(`<text:h text:outline-level="${b.level}">${xmlEscape(b.text)}</text:h>`);
    else body.push(`<text:p><text:span text:style-name="T1">${xmlEscape(b.text)}</text:span></text:p>`);
  }
  closeList();
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encrypted ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>' : ''}</manifest:file-entry></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content),
  });
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** An A4 PDF as a word processor would save it: Helvetica 11 body, bold headings, bullets, page numbers, optionally a running head. */
export async function makePdf(md: string, { title, header }: { title?: string; header?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [W, H, M] = [595, 842, 64];
  let page = pdf.addPage([W, H]);
  let y = H - M;
  const draw = (text: string, x: number, font: PDFFont, size: number) => {
    if (y < M + size) {
      page = pdf.addPage([W, H]);
      y = H - M;
    }
    page.drawText(text, { x, y, size, font, color: rgb(0, 0, 0) });
    y -= size * 1.35;
  };
  for (const b of draftBlocks(md)) {
    if (b.type === 'heading') {
      const size = b.level === 1 ? 17 : 13.5;
      y -= size * 0.6;
      for (const line of wrap(b.text, bold, size, W - 2 * M)) draw(line, M, bold, size);
      y -= 3;
    } else if (b.type === 'item') {
      wrap(b.text, regular, 11, W - 2 * M - 18).forEach((line, i) => {
        if (i === 0) page.drawText('•', { x: M + 4, y, size: 11, font: regular });
        draw(line, M + 18, regular, 11);
      });
    } else {
      for (const line of wrap(b.text, regular, 11, W - 2 * M)) draw(line, M, regular, 11);
      y -= 11 * 0.8;
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    p.drawText(String(i + 1), { x: W / 2, y: 32, size: 9, font: regular });
    if (header) p.drawText(header, { x: M, y: H - 36, size: 9, font: regular });
  });
  return pdf.save();
}

/** A PDF of pages with shapes and no text: what a scanner produces, as far as text goes. */
export async function makeScannedPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++)
    pdf.addPage([595, 842]).drawRectangle({ x: 60, y: 60, width: 475, height: 722, color: rgb(0.9, 0.9, 0.9) });
  return pdf.save();
}
