/**
 * Passages like this one: the tune part's highlighted passages
 * (tests/eval/real), each with what careful readers picked for it: the
 * interventions that fit what they asked for, do's and don'ts and checklist
 * items. `npm run learn` stores them as analysed terms
 * (data/learned/passages.json). For a new passage the most similar stored
 * ones (cosine over idf-weighted terms) vote for their picks, and every
 * stored passage speaks through the profile of each record it picked (the
 * sum of that record's passages), and a model learnt from all passages (per
 * record, which terms make readers pick it) speaks too.
 * match.ts adds the votes to its ranking, so advice readers chose for similar
 * wording rises even when the passage and the advice share no telling word.
 */
import type { LabelledPassages } from '../schema';
import type { Doc } from './document';
import { compileLearned, sigmoid, type CompiledLearned } from './learned';
import { NEIGHBOURS } from './weights';

type List = 'interventions' | 'guidance' | 'checklist';
const LISTS: readonly List[] = ['interventions', 'guidance', 'checklist'];

/** A list's records as numbers, each passage's picks by number, and the length of each record's profile. */
interface Profiles {
  ids: string[];
  /** The records each passage picked, by number: passage i's are `picked[start[i]]` to `picked[start[i + 1] - 1]`. */
  start: Int32Array;
  picked: Int32Array;
  /** Per record number, the length of its profile: the sum of the passages that picked it, each shared among its picks. */
  norm: Float64Array;
}

export interface CompiledNeighbours {
  /** Term → [passage index, weight] pairs, the weight normalised per passage. */
  postings: Map<string, number[]>;
  interventions: string[][];
  guidance: string[][];
  checklist: string[][];
  profiles: Record<List, Profiles>;
  /** Per passage, 1 when it is a record's own words rather than readers' pick (it votes, but is no reader's). */
  own: Uint8Array;
  /** Per list, the records only their own words pick: no reader picked them yet. */
  ownOnly: Record<List, ReadonlySet<string>>;
  /** Per list, the learnt model of which terms make readers pick each record (absent in older files). */
  models: Partial<Record<List, CompiledPickModel>>;
}

/** A list's learnt model, compiled: its records and their weights. */
interface CompiledPickModel {
  ids: string[];
  model: CompiledLearned;
}

const idf = (df: Record<string, number>, docCount: number, term: string) => Math.log(1 + docCount / (1 + (df[term] ?? 0)));

export function compileNeighbours(passages: LabelledPassages, df: Record<string, number>, docCount: number): CompiledNeighbours {
  const postings = new Map<string, number[]>();
  passages.passages.forEach((p, i) => {
    const norm = Math.sqrt(p.terms.reduce((s, t) => s + idf(df, docCount, t) ** 2, 0)) || 1;
    for (const t of p.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i, idf(df, docCount, t) / norm);
    }
  });
  const picks = {
    interventions: passages.passages.map((p) => p.interventions),
    guidance: passages.passages.map((p) => p.guidance),
    checklist: passages.passages.map((p) => p.checklist),
  };
  const profiles = {} as CompiledNeighbours['profiles'];
  for (const list of LISTS) profiles[list] = compileProfiles(picks[list], postings);
  const own = Uint8Array.from(passages.passages, (p) => (p.own ? 1 : 0));
  const ownOnly = {} as CompiledNeighbours['ownOnly'];
  for (const list of LISTS) {
    const byReaders = new Set(passages.passages.flatMap((p) => (p.own ? [] : p[list])));
    ownOnly[list] = new Set(passages.passages.flatMap((p) => (p.own ? p[list] : [])).filter((id) => !byReaders.has(id)));
  }
  const models: CompiledNeighbours['models'] = {};
  for (const list of LISTS) {
    // A snapshot written before the models, or passages not read through the schema, has none.
    const model = passages.models?.[list];
    if (model) models[list] = { ids: model.items, model: compileLearned(model, model.items) };
  }
  return { postings, ...picks, profiles, own, ownOnly, models };
}

/**
 * Each record's profile is the sum of the vectors of the passages that picked
 * it, each divided among that passage's picks. Only its length is kept: a
 * text's cosine with the profile is its summed similarity to those passages
 * over that length. The length is read term by term off the postings.
 */
function compileProfiles(picks: string[][], postings: Map<string, number[]>): Profiles {
  const number = new Map<string, number>();
  const start = new Int32Array(picks.length + 1);
  const picked: number[] = [];
  picks.forEach((ids, i) => {
    for (const id of ids) {
      let r = number.get(id);
      if (r === undefined) number.set(id, (r = number.size));
      picked.push(r);
    }
    start[i + 1] = picked.length;
  });
  // Per term: each record's profile weight for it, then its square added to the record's length.
  const weight = new Float64Array(number.size);
  const squares = new Float64Array(number.size);
  const touched: number[] = [];
  for (const list of postings.values()) {
    for (let k = 0; k < list.length; k += 2) {
      const i = list[k];
      const share = list[k + 1] / (start[i + 1] - start[i]);
      for (let j = start[i]; j < start[i + 1]; j++) {
        if (weight[picked[j]] === 0) touched.push(picked[j]);
        weight[picked[j]] += share;
      }
    }
    for (const r of touched) {
      squares[r] += weight[r] * weight[r];
      weight[r] = 0;
    }
    touched.length = 0;
  }
  return { ids: [...number.keys()], start, picked: Int32Array.from(picked), norm: squares.map((x) => Math.sqrt(x) || 1) };
}

/** The analysed terms of a text, each once: stems and compound parts, as the learner stores them. */
export function passageTerms(doc: Doc): string[] {
  const out = new Set<string>();
  for (const tok of doc.tokens) {
    if (!tok.stem) continue;
    out.add(tok.stem);
    for (const p of tok.parts) out.add(p);
  }
  return [...out];
}

/** A record's vote: the summed similarity of the neighbours that picked it (shared among each neighbour's picks), and how many readers' passages among them did. */
export interface Vote {
  vote: number;
  by: number;
  /** Some reader picked the record; without, only its own words voted. */
  readers: boolean;
}

/** Per list, record id → its vote. */
export type Votes = Record<'interventions' | 'guidance' | 'checklist', Map<string, Vote>>;

/** The votes of the NEIGHBOURS.k stored passages most like the text. */
export function neighbourVotes(doc: Doc, model: CompiledNeighbours, df: Record<string, number>, docCount: number): Votes {
  let squares = 0;
  const similarity = new Float64Array(model.guidance.length);
  const terms = passageTerms(doc);
  for (const t of terms) {
    const w = idf(df, docCount, t);
    squares += w * w;
    const list = model.postings.get(t);
    if (list) for (let k = 0; k < list.length; k += 2) similarity[list[k]] += w * list[k + 1];
  }
  // Cosine: the text's own length divides every similarity alike (it matters for the size of a vote, not the order).
  const norm = Math.sqrt(squares) || 1;
  for (let i = 0; i < similarity.length; i++) similarity[i] /= norm;
  const nearest = topK(similarity, NEIGHBOURS.k);
  const votes: Votes = { interventions: new Map(), guidance: new Map(), checklist: new Map() };
  for (const i of nearest)
    for (const list of LISTS) {
      const picks = model[list][i];
      for (const id of picks) credit(votes[list], id, similarity[i] / picks.length, model.own[i] ? 0 : 1);
    }
  for (const list of LISTS) {
    addProfiles(votes[list], list, model, similarity);
    const learnt = model.models[list];
    if (learnt && NEIGHBOURS.model[list]) addModel(votes[list], list, learnt, terms);
    for (const id of model.ownOnly[list]) {
      const v = votes[list].get(id);
      if (v) v.readers = false;
    }
  }
  return votes;
}

/**
 * A list's learnt model speaks for a record as far as the text's words make
 * readers likelier to pick it: the probability over the record's base rate
 * (its bias alone), weighted. Words that speak for nothing add nothing.
 */
function addModel(votes: Map<string, Vote>, list: List, { ids, model }: CompiledPickModel, terms: readonly string[]) {
  const z = Float64Array.from(model.bias);
  for (const t of terms) {
    const flat = model.weights.get(t);
    if (flat) for (let k = 0; k < flat.length; k += 2) z[flat[k]] += flat[k + 1];
  }
  ids.forEach((id, r) => {
    const lift = sigmoid(z[r]) - sigmoid(model.bias[r]);
    if (lift <= 0) return;
    credit(votes, id, NEIGHBOURS.model[list] * lift, 0);
  });
}

/** Every passage that picked a record speaks for it, not only the nearest: the text's cosine with the record's profile, weighted. */
function addProfiles(votes: Map<string, Vote>, list: List, model: CompiledNeighbours, similarity: Float64Array) {
  const weight = NEIGHBOURS.profile[list];
  if (!weight) return;
  const { ids, start, picked, norm } = model.profiles[list];
  const dot = new Float64Array(ids.length);
  for (let i = 0; i < similarity.length; i++) {
    const from = start[i];
    const to = start[i + 1];
    if (similarity[i] <= 0 || from === to) continue;
    const share = similarity[i] / (to - from);
    for (let k = from; k < to; k++) dot[picked[k]] += share;
  }
  for (let r = 0; r < ids.length; r++) {
    if (dot[r] > 0) credit(votes, ids[r], (weight * dot[r]) / norm[r], 0);
  }
}

/** Adds to a record's vote; `by` counts the near passages among its voters (profiles and models are none). */
function credit(votes: Map<string, Vote>, id: string, vote: number, by: number) {
  const v = votes.get(id);
  if (v) {
    v.vote += vote;
    v.by += by;
  } else votes.set(id, { vote, by, readers: true });
}

/** Indices of the k highest positive values, highest first (ties: the lower index first). */
function topK(values: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v <= 0 || (out.length === k && v <= values[out[k - 1]])) continue;
    let at = out.length;
    while (at > 0 && values[out[at - 1]] < v) at--;
    out.splice(at, 0, i);
    if (out.length > k) out.pop();
  }
  return out;
}
