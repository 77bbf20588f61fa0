/**
 * Documents read inside the extension: each format gives the draft's text
 * with its headings and list items, errors say what to do, and the check of
 * a parsed document gives the verdict the pasted draft gets.
 * (happy-dom for DOMParser, which the .odt reader uses; pdf.js's legacy build, as Node needs.)
 */
import { describe, expect, it } from 'vitest';
import { checkResponse } from '@@/core/api/responses';
import { readDocument, MAX_DOCUMENT_BYTES, DocumentError, type DocumentText } from '@@/extension/documents';
import { realEngine } from '../helpers';
import { draftBlocks, draftMarkdown, longDraft, makeDocx, makeOdt, makePdf, makeScannedPdf } from '../support/make-documents';
import { usePdfjsForNode } from '../support/pdfjs-node';

usePdfjsForNode();
const { engine } = realEngine();
const md = draftMarkdown();
const blocks = draftBlocks(md);
const encode = (s: string) => new TextEncoder().encode(s);

const FORMATS: [string, () => Promise<Uint8Array> | Uint8Array][] = [
  ['beleidsnota.docx', () => makeDocx(md)],
  ['beleidsnota.odt', () => makeOdt(md)],
  ['beleidsnota.pdf', () => makePdf(md)],
  ['beleidsnota.md', () => encode(md)],
];

async function failsWith(input: { name: string; bytes: Uint8Array }, code: string) {
  const error = await readDocument(input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).code).toBe(code);
}

const verdict = (text: string) => {
  const r = checkResponse(engine, text);
  return { summary: r.summary, items: Object.fromEntries(r.items.map((i) => [i.id, i.status])) };
};

describe('readDocument', () => {
  const read = new Map<string, DocumentText>();

  it.each(FORMATS)('%s: the draft as light Markdown, headings and list items kept', async (name, make) => {
    const doc = await readDocument({ name, bytes: await make() });
    read.set(name, doc);
    // Every block of the draft is there, as its own line, in order, with its marker.
    const lines = doc.text.split('\n').filter(Boolean);
    const expected = blocks.map((b) =>
      b.type === 'heading' ? `${'#'.repeat(b.level)} ${b.text}` : b.type === 'item' ? `- ${b.text}` : b.text,
    );
    expect(lines).toEqual(expected);
    expect(doc.headings.map((h) => h.text)).toEqual(blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
    expect(doc.headings[0]).toEqual({ level: 1, text: 'Kadernota Gelijke Kansen en Antidiscriminatie Lindenburg 2025–2028' });
    expect(doc.title).toBe(doc.headings[0].text);
    expect(doc.text).toContain('cliëntenraad');
    expect(doc.words).toBeGreaterThan(350);
  });

  it.each(FORMATS)('%s: the check gives the verdict of the pasted draft', async (name, make) => {
    const doc = read.get(name) ?? (await readDocument({ name, bytes: await make() }));
    const pasted = verdict(md);
    expect(pasted.summary.covered).toBeGreaterThan(5);
    expect(verdict(doc.text)).toEqual(pasted);
  });

  it('reads a chosen File as well as bytes', async () => {
    const file = new File([new Uint8Array(await makeDocx(md))], 'nota.docx');
    const doc = await readDocument(file);
    expect(doc.name).toBe('nota.docx');
    expect(doc.kind).toBe('docx');
    expect(doc.headings).toHaveLength(6);
  });

  it('a plain text file keeps its lines, numbered sections as headings; one wrapped at a fixed width is joined into paragraphs', async () => {
    const saved = blocks.map((b) => (b.type === 'item' ? `• ${b.text}` : b.text)).join('\r\n');
    const doc = await readDocument({ name: 'nota.txt', bytes: encode(saved) });
    expect(doc.text).toContain('\n- eind 2026 de meldingsbereidheid');
    expect(doc.text).toContain('\n\n## 2. Wat speelt er in Lindenburg?\n\n');
    expect(verdict(doc.text)).toEqual(verdict(md));
    const wrapped =
      'Iedere inwoner van Lindenburg moet zich hier thuis kunnen voelen en\nvolwaardig mee kunnen doen, op school, op het werk, in de wijk en bij\nhet sportveld. Toch weten we dat discriminatie ook in onze gemeente\nvoorkomt.\n\nTweede alinea.';
    expect((await readDocument({ name: 'mail.txt', bytes: encode(wrapped) })).text).toBe(
      'Iedere inwoner van Lindenburg moet zich hier thuis kunnen voelen en volwaardig mee kunnen doen, op school, op het werk, in de wijk en bij het sportveld. Toch weten we dat discriminatie ook in onze gemeente voorkomt.\n\nTweede alinea.',
    );
  });

  it('a PDF of several pages: page numbers and the running head are left out, repeated text is kept, the metadata title is used', async () => {
    const long = longDraft(3000);
    const doc = await readDocument({
      name: 'nota.pdf',
      bytes: await makePdf(long, { title: 'Kadernota 2025', header: 'Concept — niet verspreiden' }),
    });
    expect(doc.title).toBe('Kadernota 2025');
    expect(doc.pages).toBeGreaterThan(4);
    expect(doc.text).not.toContain('Concept — niet verspreiden');
    expect(doc.text.split('\n').filter((l) => /^\d+$/.test(l))).toEqual([]);
    expect(doc.text).toBe((await readDocument({ name: 'nota.md', bytes: encode(long) })).text);
  });
});

describe('readDocument errors say what to do', () => {
  it('an unsupported type', () => failsWith({ name: 'nota.doc', bytes: encode('x') }, 'unsupported'));
  it('a file over 20 MB', () => failsWith({ name: 'nota.pdf', bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1) }, 'too-large'));
  it('an empty file', () => failsWith({ name: 'nota.docx', bytes: new Uint8Array(0) }, 'empty'));
  it('a password-protected Word file (an OLE container, not a zip)', () =>
    failsWith({ name: 'nota.docx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, 'encrypted'));
  it('a password-protected .odt', () => failsWith({ name: 'nota.odt', bytes: makeOdt(md, { encrypted: true }) }, 'encrypted'));
  it('a damaged .docx', async () => failsWith({ name: 'nota.docx', bytes: (await makeDocx(md)).slice(0, 2000) }, 'damaged'));
  it('a damaged .pdf', async () => failsWith({ name: 'nota.pdf', bytes: (await makePdf(md)).slice(0, 600) }, 'damaged'));
  it('a renamed file that is not a PDF', () =>
    failsWith({ name: 'nota.pdf', bytes: encode('Dit is geen PDF maar gewone tekst.') }, 'damaged'));
  it('a scanned PDF without a text layer', async () => failsWith({ name: 'scan.pdf', bytes: await makeScannedPdf() }, 'scanned'));
});
