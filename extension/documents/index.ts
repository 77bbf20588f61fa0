/**
 * Reads a document chosen by the user, inside the extension: nothing is
 * uploaded. Each format's library is loaded only when a file of that kind is
 * read. The result is light Markdown, so headings and lists keep their shape.
 */
import { countWords, headingsOf, toMarkdown, type Block } from './blocks';
import { DocumentError } from './errors';
import { pdfTextFromBytes } from './pdf';
import type { DocumentKind, DocumentText } from './types';

export { DocumentError, DOCUMENT_ERROR_TEXT, type DocumentErrorCode } from './errors';
export { pdfTextFromBytes };
export type { DocumentKind, DocumentText } from './types';
export type { Heading } from './blocks';

/** 20 MB: a long policy document with images stays well below; parsing more would stall the page. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['.docx', '.odt', '.pdf', '.txt', '.md'] as const;

export type DocumentInput = File | { name: string; bytes: Uint8Array };

const isFile = (input: DocumentInput): input is File => typeof Blob !== 'undefined' && input instanceof Blob;

export function kindOf(name: string): DocumentKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'markdown') return 'md';
  return (['docx', 'odt', 'pdf', 'txt', 'md'] as const).find((k) => k === ext);
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Word makes of a password-protected .docx (and what an old .doc is). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

async function blocksOf(kind: DocumentKind, bytes: Uint8Array, name: string): Promise<Block[]> {
  if (kind === 'txt' || kind === 'md') {
    const { readPlain } = await import('./plain');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: older Windows text files are in Windows-1252.
      text = new TextDecoder('windows-1252').decode(bytes);
    }
    if (text.includes('\u0000')) throw new DocumentError('damaged', name);
    return readPlain(text, kind === 'md');
  }
  if (startsWith(bytes, OLE)) throw new DocumentError('encrypted', name);
  if (!startsWith(bytes, ZIP)) throw new DocumentError('damaged', name);
  if (kind === 'odt') {
    const { readOdt } = await import('./odt');
    return readOdt(bytes, name);
  }
  const { readDocx } = await import('./docx');
  try {
    return await readDocx(bytes);
  } catch (e) {
    throw new DocumentError('damaged', name, e);
  }
}

/** Reads a .docx, .odt, .pdf, .txt or .md file; throws a DocumentError that says what is wrong. */
export async function readDocument(input: DocumentInput): Promise<DocumentText> {
  const name = input.name;
  const kind = kindOf(name);
  if (!kind) throw new DocumentError('unsupported', name);
  const file = isFile(input) ? input : undefined;
  const size = file ? file.size : (input as { bytes: Uint8Array }).bytes.byteLength;
  if (size > MAX_DOCUMENT_BYTES) throw new DocumentError('too-large', name);
  if (size === 0) throw new DocumentError('empty', name);
  const bytes = file ? new Uint8Array(await file.arrayBuffer()) : (input as { bytes: Uint8Array }).bytes;
  if (kind === 'pdf') {
    // The header may follow a little junk (the format allows up to 1 KB of it).
    if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) throw new DocumentError('damaged', name);
    return pdfTextFromBytes(bytes, name);
  }
  const blocks = await blocksOf(kind, bytes, name);
  const text = toMarkdown(blocks);
  if (!text) throw new DocumentError('empty', name);
  const headings = headingsOf(blocks);
  return { name, kind, text, title: headings[0]?.text ?? name.replace(/\.[^.]+$/, ''), headings, words: countWords(text) };
}
