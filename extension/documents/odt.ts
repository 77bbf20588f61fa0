/**
 * OpenDocument text (.odt): a zip whose content.xml holds the text.
 * text:h → heading (its outline level), text:list-item → list item,
 * text:p → paragraph; spaces (text:s), tabs and line breaks become spaces.
 */
import { unzipSync } from 'fflate';
import type { Block } from './blocks';
import { DocumentError } from './errors';

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

function inlineText(node: Node): string {
  let s = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) s += (child as Text).data;
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.namespaceURI === TEXT_NS && ['s', 'tab', 'line-break'].includes(el.localName)) s += ' ';
      // Notes and annotations are not part of the running text.
      else if (el.namespaceURI === TEXT_NS && ['note', 'tracked-changes'].includes(el.localName)) continue;
      else if (el.localName === 'annotation') continue;
      else s += inlineText(el);
    }
  }
  return s;
}

const attr = (el: Element, name: string) => el.getAttributeNS(TEXT_NS, name) ?? el.getAttribute(`text:${name}`);

function walk(node: Element, inItem: boolean, out: Block[]) {
  for (const child of Array.from(node.children)) {
    const name = child.namespaceURI === TEXT_NS ? child.localName : '';
    if (name === 'h') out.push({ type: 'heading', level: Number(attr(child, 'outline-level')) || 1, text: inlineText(child) });
    else if (name === 'p') out.push({ type: inItem ? 'item' : 'para', text: inlineText(child) });
    else if (name === 'list-item') walk(child, true, out);
    else if (name === 'tracked-changes') continue;
    else walk(child, inItem, out);
  }
}

export function readOdt(bytes: Uint8Array, fileName: string): Block[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' || f.name === 'META-INF/manifest.xml' });
  } catch (e) {
    throw new DocumentError('damaged', fileName, e);
  }
  const manifest = files['META-INF/manifest.xml'] && new TextDecoder().decode(files['META-INF/manifest.xml']);
  if (manifest?.includes('encryption-data')) throw new DocumentError('encrypted', fileName);
  if (!files['content.xml']) throw new DocumentError('damaged', fileName);
  const xml = new DOMParser().parseFromString(new TextDecoder().decode(files['content.xml']), 'application/xml');
  if (xml.getElementsByTagName('parsererror').length || !xml.documentElement) throw new DocumentError('damaged', fileName);
  const out: Block[] = [];
  walk(xml.documentElement, false, out);
  return out;
}
