/**
 * Passages like this one: the tune part's highlighted passages
 * (tests/eval/real), each with what careful readers picked for it: the
 * interventions that fit what they asked for, do's and don'ts and checklist
 * items. `npm run learn` stores them as analysed terms
 * (data/learned/passages.json). For a new passage the most similar stored
 * ones (cosine over idf-weighted terms) vote for their picks; match.ts adds
 * the votes to its ranking, so advice readers chose for similar wording rises
 * even when the passage and the advice share no telling word.
 */
import type { LabelledPassages } from '../schema';
import type { Doc } from './document';
import { NEIGHBOURS } from './weights';

type List = 'interventions' | 'guidance' | 'checklist';
const LISTS: readonly List[] = ['interventions', 'guidance', 'checklist'];

export interface CompiledNeighbours {
  /** Term → [passage index, weight] pairs, the weight normalised per passage. */
  postings: Map<string, number[]>;
  interventions: string[][];
  guidance: string[][];
  checklist: string[][];
  /** Per list, the length of each record's profile: the sum of the passages that picked it, each shared among its picks. */
  profileNorm: Record<List, Map<string, number>>;
}

const idf = (df: Record<string, number>, docCount: number, term: string) => Math.log(1 + docCount / (1 + (df[term] ?? 0)));

export function compileNeighbours(passages: LabelledPassages, df: Record<string, number>, docCount: number): CompiledNeighbours {
  const postings = new Map<string, number[]>();
  // Each passage as [term number, weight] pairs, for the profiles below.
  const vectors: number[][] = [];
  const termNumber = new Map<string, number>();
  passages.passages.forEach((p, i) => {
    const norm = Math.sqrt(p.terms.reduce((s, t) => s + idf(df, docCount, t) ** 2, 0)) || 1;
    const vector: number[] = [];
    for (const t of p.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      const w = idf(df, docCount, t) / norm;
      list.push(i, w);
      let n = termNumber.get(t);
      if (n === undefined) termNumber.set(t, (n = termNumber.size));
      vector.push(n, w);
    }
    vectors.push(vector);
  });
  const picks = {
    interventions: passages.passages.map((p) => p.interventions),
    guidance: passages.passages.map((p) => p.guidance),
    checklist: passages.passages.map((p) => p.checklist),
  };
  const profileNorm = {} as CompiledNeighbours['profileNorm'];
  for (const list of LISTS) profileNorm[list] = profileNorms(picks[list], vectors, termNumber.size);
  return { postings, ...picks, profileNorm };
}

/**
 * The length of each record's profile (the sum of the vectors of the passages
 * that picked it, each divided among that passage's picks): a text's cosine
 * with the profile is then its summed similarity to those passages over this
 * length, with no profile kept in memory.
 */
function profileNorms(picks: string[][], vectors: number[][], terms: number): Map<string, number> {
  const byRecord = new Map<string, number[]>();
  picks.forEach((ids, i) => {
    for (const id of ids) {
      let list = byRecord.get(id);
      if (!list) byRecord.set(id, (list = []));
      list.push(i);
    }
  });
  const sum = new Float64Array(terms);
  const touched: number[] = [];
  const out = new Map<string, number>();
  for (const [id, passages] of byRecord) {
    for (const i of passages) {
      const v = vectors[i];
      const share = 1 / picks[i].length;
      for (let k = 0; k < v.length; k += 2) {
        if (sum[v[k]] === 0) touched.push(v[k]);
        sum[v[k]] += v[k + 1] * share;
      }
    }
    let squares = 0;
    for (const t of touched) ((squares += sum[t] * sum[t]), (sum[t] = 0));
    touched.length = 0;
    out.set(id, Math.sqrt(squares) || 1);
  }
  return out;
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

/** A record's vote: the summed similarity of the neighbours that picked it (shared among each neighbour's picks), and how many did. */
export interface Vote {
  vote: number;
  by: number;
}

/** Per list, record id → its vote. */
export type Votes = Record<'interventions' | 'guidance' | 'checklist', Map<string, Vote>>;

/** The votes of the NEIGHBOURS.k stored passages most like the text. */
export function neighbourVotes(doc: Doc, model: CompiledNeighbours, df: Record<string, number>, docCount: number): Votes {
  let squares = 0;
  const similarity = new Float64Array(model.guidance.length);
  for (const t of passageTerms(doc)) {
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
      for (const id of picks) {
        const v = votes[list].get(id) ?? { vote: 0, by: 0 };
        votes[list].set(id, { vote: v.vote + similarity[i] / picks.length, by: v.by + 1 });
      }
    }
  for (const list of LISTS) addProfiles(votes[list], list, model, similarity);
  return votes;
}

/** Every passage that picked a record speaks for it, not only the nearest: the text's cosine with the record's profile, weighted. */
function addProfiles(votes: Map<string, Vote>, list: List, model: CompiledNeighbours, similarity: Float64Array) {
  const weight = NEIGHBOURS.profile[list];
  if (!weight) return;
  const dot = new Map<string, number>();
  for (let i = 0; i < similarity.length; i++) {
    if (similarity[i] <= 0) continue;
    const picks = model[list][i];
    for (const id of picks) dot.set(id, (dot.get(id) ?? 0) + similarity[i] / picks.length);
  }
  for (const [id, d] of dot) {
    const v = votes.get(id) ?? { vote: 0, by: 0 };
    votes.set(id, { vote: v.vote + (weight * d) / model.profileNorm[list].get(id)!, by: v.by });
  }
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
