/**
 * Word (.docx) through mammoth. Mammoth's own document model (paragraphs with
 * their style and list numbering) is taken before it becomes HTML, so no HTML
 * is parsed or rendered: headings by style ("heading 1", "Title"), list items
 * by numbering or a list style, tables cell by cell as paragraphs.
 */
import type { Block } from './blocks';

interface MammothNode {
  type: string;
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  children?: MammothNode[];
}

/** "heading 2", "Kop 2", "Heading2" → 2; "Title"/"Titel" → 1. */
function headingLevel(p: MammothNode): number | undefined {
  const name = `${p.styleName ?? ''} ${p.styleId ?? ''}`;
  const m = /\b(?:heading|kop)\s*([1-6])/i.exec(name);
  if (m) return Number(m[1]);
  if (/\b(?:title|titel)\b/i.test(name)) return 1;
  return undefined;
}

const isListStyle = (p: MammothNode) => /list|lijst|opsomming/i.test(`${p.styleName ?? ''} ${p.styleId ?? ''}`);

function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab' || node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function collect(node: MammothNode, out: Block[]) {
  if (node.type === 'paragraph') {
    const text = textOf(node);
    const level = headingLevel(node);
    out.push(
      level ? { type: 'heading', level, text } : node.numbering || isListStyle(node) ? { type: 'item', text } : { type: 'para', text },
    );
    return;
  }
  for (const child of node.children ?? []) collect(child, out);
}

export async function readDocx(bytes: Uint8Array): Promise<Block[]> {
  const { default: mammoth } = await import('mammoth');
  let doc: MammothNode | undefined;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // The browser build of mammoth reads `arrayBuffer`, the Node build `buffer`.
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  await mammoth.convertToHtml(input, {
    // Keep mammoth's model and hand its HTML step an empty document: the HTML is never used.
    transformDocument: (d: MammothNode) => {
      doc = d;
      return { ...d, children: [] };
    },
  });
  const blocks: Block[] = [];
  if (doc) collect(doc, blocks);
  return blocks;
}
