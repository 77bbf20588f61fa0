/**
 * The MiniSearch index in a packed form that loads in a fraction of
 * MiniSearch.loadJS's time. loadJS spends its time on what its JSON form
 * holds: posting lists as objects with numeric keys (JSON.parse builds them,
 * then Object.keys and parseInt take them apart again) and a radix tree
 * rebuilt key by key, each key scanning the nodes on its path. The packed
 * form is the loaded index itself, laid flat at build time: the radix tree in
 * preorder (edge labels, and the number of entries of each node) and every
 * posting as a number. Loading rebuilds the same Maps in the same order with
 * no lookups, so every search behaves exactly as on the index loadJS restores
 * (tests/unit/packed-index.test.ts compares the two).
 *
 * Numbers are stored as characters of one string (a number n is the
 * character n + NUMBER_BASE): JSON.parse reads one string far faster than an
 * array of tens of thousands of numbers.
 *
 * It sets MiniSearch's protected fields (7.x): subclassing is how MiniSearch
 * is meant to be extended, and the test above fails if a new version stores
 * its index differently.
 */
import MiniSearch, { type Options } from 'minisearch';

/** MiniSearch's leaf key in its radix tree. */
const LEAF = '';
/** Separates edge labels in `labels`: index terms are single tokens and never hold a space. */
const SEP = ' ';
/** Numbers start at '0', past the characters JSON escapes; they stay below the surrogates. */
const NUMBER_BASE = 0x30;
const MAX_NUMBER = 0xd7ff - NUMBER_BASE;

export interface PackedIndex {
  documentCount: number;
  nextId: number;
  /** Short id → document id, as in MiniSearch's own JSON (the extension checks them against the records). */
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  /** Per document: its short id, then the length of each field (in fieldIds order). */
  fieldLength: number[];
  /** The radix tree's edge labels in preorder, joined by SEP; a term's leaf is the empty label. */
  labels: string;
  /** Packed numbers: the number of entries of each tree node, in preorder. */
  nodes: string;
  /** Packed numbers: per leaf, in preorder, its number of fields, then per field its id, its number of documents and (short id, term frequency) pairs. */
  postings: string;
}

type FieldTermData = Map<number, Map<number, number>>;
type Tree = Map<string, Tree | FieldTermData>;
/** MiniSearch's SearchableMap: a radix tree of Maps. */
interface RadixTree {
  _tree: Tree;
}

function packNumbers(numbers: readonly number[]): string {
  let out = '';
  for (let i = 0; i < numbers.length; i += 4096) {
    const chunk = numbers.slice(i, i + 4096);
    for (const n of chunk)
      if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) throw new Error(`packed index: ${n} does not fit (0 to ${MAX_NUMBER})`);
    out += String.fromCharCode(...chunk.map((n) => n + NUMBER_BASE));
  }
  return out;
}

const broken = (what: string) => new Error(`packed index: ${what}; run npm run build:data`);

export class PackedMiniSearch<T> extends MiniSearch<T> {
  /** The index, packed. Pack an index restored by loadJS to get exactly the index the engine used to load. */
  static pack<T>(ms: MiniSearch<T>): PackedIndex {
    const m = ms as PackedMiniSearch<T>;
    const labels: string[] = [];
    const nodes: number[] = [];
    const postings: number[] = [];
    const walk = (tree: Tree) => {
      nodes.push(tree.size);
      for (const [key, child] of tree) {
        if (key.includes(SEP)) throw new Error(`packed index: a term holds a space: "${key}"`);
        labels.push(key);
        if (key !== LEAF) {
          walk(child as Tree);
          continue;
        }
        const data = child as FieldTermData;
        postings.push(data.size);
        for (const [fieldId, freqs] of data) {
          postings.push(fieldId, freqs.size);
          for (const [doc, tf] of freqs) postings.push(doc, tf);
        }
      }
    };
    walk((m._index as unknown as RadixTree)._tree);
    return {
      documentCount: m._documentCount,
      nextId: m._nextId,
      documentIds: Object.fromEntries(m._documentIds) as Record<string, string>,
      fieldIds: m._fieldIds,
      averageFieldLength: m._avgFieldLength,
      dirtCount: m._dirtCount,
      fieldLength: [...m._fieldLength].flatMap(([id, lengths]) => [id, ...lengths]),
      labels: labels.join(SEP),
      nodes: packNumbers(nodes),
      postings: packNumbers(postings),
    };
  }

  /** The index from its packed form, with the options it was built with (MiniSearch does not store functions). */
  static unpack<T>(p: PackedIndex, options: Options<T>): MiniSearch<T> {
    const ms = new PackedMiniSearch<T>(options);
    ms._documentCount = p.documentCount;
    ms._nextId = p.nextId;
    ms._fieldIds = p.fieldIds;
    ms._avgFieldLength = p.averageFieldLength;
    ms._dirtCount = p.dirtCount;
    for (const key of Object.keys(p.documentIds)) {
      const shortId = Number(key);
      ms._documentIds.set(shortId, p.documentIds[key]);
      ms._idToShortId.set(p.documentIds[key], shortId);
    }
    const fields = Object.keys(p.fieldIds).length;
    for (let i = 0; i < p.fieldLength.length; i += fields + 1)
      ms._fieldLength.set(p.fieldLength[i], p.fieldLength.slice(i + 1, i + 1 + fields));

    const labels = p.labels.split(SEP);
    const { nodes, postings } = p;
    let label = 0;
    let node = 0;
    let at = 0;
    // Every read is checked against the end, so a corrupt index (the extension downloads it) fails fast instead of looping.
    const num = (s: string, i: number) => {
      if (i >= s.length) throw broken('it ends too soon');
      return s.charCodeAt(i) - NUMBER_BASE;
    };
    const readLeaf = (): FieldTermData => {
      const data: FieldTermData = new Map();
      for (let f = num(postings, at++); f > 0; f--) {
        const fieldId = num(postings, at++);
        const freqs = new Map<number, number>();
        const end = at + 2 * num(postings, at++);
        if (end > postings.length) throw broken('it ends too soon');
        for (; at < end; at += 2) freqs.set(postings.charCodeAt(at) - NUMBER_BASE, postings.charCodeAt(at + 1) - NUMBER_BASE);
        data.set(fieldId, freqs);
      }
      return data;
    };
    const readNode = (): Tree => {
      const tree: Tree = new Map();
      for (let n = num(nodes, node++); n > 0; n--) {
        if (label >= labels.length) throw broken('it ends too soon');
        const key = labels[label++];
        tree.set(key, key === LEAF ? readLeaf() : readNode());
      }
      return tree;
    };
    (ms._index as unknown as RadixTree)._tree = readNode();
    if (node !== nodes.length || at !== postings.length || label !== labels.length) throw broken('its parts do not agree');
    return ms;
  }
}
