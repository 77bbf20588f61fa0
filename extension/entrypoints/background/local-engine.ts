/**
 * Private mode: the index snapshot from GET /api/index (public data, no user
 * text), cached in storage.local, running the same core engine as the worker.
 *
 * A downloaded index is trusted no more than an API answer: it is validated
 * completely (every record through the wire schemas the API answers are
 * checked with, the index loads and refers only to those records) before it
 * replaces the last good one. The cache belongs to the API address it came
 * from; it is revalidated with its ETag at least daily, and sooner when the
 * server's /api/health reports another knowledge-base version.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadEngine, type Engine } from '@@/core/engine';
import { docId } from '@@/core/engine/search-index';
import { SNAPSHOT_FORMAT } from '@@/core/engine/snapshot';
import { LabelledPassagesSchema, LearnedChecklistSchema, WireSchemas } from '@@/core/schema';
import { getSettings } from '@/utils/settings';
import type { Fetch } from './api';

export interface CachedSnapshot {
  format: number;
  version: string;
  /** The API address it was downloaded from: used for that address only. */
  apiUrl: string;
  /** The server's ETag, sent back as If-None-Match. */
  etag: string;
  /** When the server last confirmed it (200 or 304). */
  savedAt: number;
  /** When /api/health was last asked for the server's version. */
  checkedAt: number;
  json: string;
}

const snapshotItem = storage.defineItem<unknown>('local:snapshot', { fallback: null });

/** Revalidate the cache (a conditional GET) at least this often. */
export const REFRESH_MS = 24 * 60 * 60 * 1000;
/** Ask /api/health for the server's version at most this often. */
export const HEALTH_MS = 60 * 60 * 1000;
/** The real index is about 1 MB; anything far larger is not one. */
export const MAX_INDEX_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

/** Only the version of /api/health's answer matters here. */
const HealthVersionSchema = z.object({ version: z.string().check(z.minLength(1), z.maxLength(100)) });

const CachedSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.string().check(z.minLength(1), z.maxLength(100)),
  apiUrl: z.string(),
  etag: z.string().check(z.maxLength(200)),
  savedAt: z.number(),
  checkedAt: z.number(),
  json: z.string(),
});

/** A stored snapshot, or null when missing, corrupt, of another format or from before entries had an address. */
export function parseCached(raw: unknown): CachedSnapshot | null {
  const r = CachedSchema.safeParse(raw);
  return r.success ? r.data : null;
}

const KbSchema = z.object({
  version: z.string(),
  interventions: z.array(WireSchemas.InterventionSchema).check(z.minLength(1)),
  guidance: z.array(WireSchemas.GuidanceSchema),
  checklist: z.array(WireSchemas.ChecklistItemSchema).check(z.minLength(1)),
  council: z._default(z.array(WireSchemas.CouncilRecordSchema), []),
  /** The learned checklist reading: without it private mode would judge drafts differently from the worker. */
  learned: z.optional(LearnedChecklistSchema),
  /** Labelled passages: likewise for the do's and don'ts and checklist items of a match. */
  passages: z.optional(LabelledPassagesSchema),
});

const SnapshotShape = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.string().check(z.minLength(1), z.maxLength(100)),
  lexicon: z.array(z.string()),
  df: z.record(z.string(), z.number()),
  docCount: z.number(),
  index: z.object({ documentIds: z.record(z.string(), z.unknown()) }),
  kb: z.string(),
});

/** Why a downloaded index is refused: the first problem found, for tests and debugging. */
export class InvalidIndexError extends Error {}

const problem = (what: string, error?: z.core.$ZodError) => {
  const issue = error?.issues[0];
  return new InvalidIndexError(issue ? `${what}: ${issue.path.join('.')}: ${issue.message}` : what);
};

/**
 * The engine of a downloaded index, once every part of it has been checked:
 * its shape, every record (the wire schemas: https links, required fields, no
 * unknown keys, sane sizes), that the index refers to those records only, and
 * that the engine loads and answers. Throws InvalidIndexError otherwise.
 */
export function validateIndex(json: string): Engine {
  if (json.length > MAX_INDEX_BYTES) throw problem('index is too large');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw problem('index is not JSON');
  }
  const shape = SnapshotShape.safeParse(raw);
  if (!shape.success) throw problem('index', shape.error);
  let kbRaw: unknown;
  try {
    kbRaw = JSON.parse(shape.data.kb);
  } catch {
    throw problem('records are not JSON');
  }
  const kb = KbSchema.safeParse(kbRaw);
  if (!kb.success) throw problem('records', kb.error);
  if (kb.data.version !== shape.data.version) throw problem('records are of another version than the index');
  const known = new Set([
    ...kb.data.interventions.map((r) => docId('intervention', r.id)),
    ...kb.data.guidance.map((r) => docId('guidance', r.id)),
    ...kb.data.checklist.map((r) => docId('checklist', r.id)),
  ]);
  for (const id of Object.values(shape.data.index.documentIds))
    if (typeof id !== 'string' || !known.has(id)) throw problem(`index refers to an unknown record ${String(id).slice(0, 80)}`);
  let engine: Engine;
  try {
    // The engine gets the records as validated (defaults filled in), not as sent.
    engine = loadEngine(json, JSON.stringify(kb.data));
    engine.search('discriminatie');
    engine.match('Discriminatie op de arbeidsmarkt aanpakken met anoniem solliciteren.');
  } catch (err) {
    throw problem(`index does not load: ${(err as Error)?.message ?? err}`);
  }
  return engine;
}

let loaded: { key: string; engine: Engine } | undefined;
const keyOf = (c: CachedSnapshot) => `${c.apiUrl} ${c.version} ${c.etag}`;

/**
 * The stored entry as last read, until storage reports a change to it: the
 * entry holds the whole index (about 1 MB), and reading it from storage cost
 * about 20 ms on every private-mode request. Any write, by this context or
 * another (a refresh, the options page, a test), forgets it.
 */
let remembered: { cached: CachedSnapshot | null } | undefined;
let writes = 0;
const forget = () => {
  writes++;
  remembered = undefined;
};
const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
  if (area === 'local' && 'snapshot' in changes) forget();
};
/** Whether storage changes are heard; when they were not (first use, or the listener was dropped), nothing remembered is trusted. */
function listening(): boolean {
  if (browser.storage.onChanged.hasListener(onStorageChanged)) return true;
  browser.storage.onChanged.addListener(onStorageChanged);
  return false;
}
/** This context's own writes: a read that overlaps one is not remembered, whether or not storage reports it here. */
async function write(change: Promise<void>): Promise<void> {
  forget();
  try {
    await change;
  } finally {
    forget();
  }
}

async function storedEntry(): Promise<CachedSnapshot | null> {
  if (!listening()) forget();
  if (remembered) return remembered.cached;
  const before = writes;
  const raw = await snapshotItem.getValue();
  const cached = parseCached(raw);
  if (raw !== null && !cached) await write(snapshotItem.removeValue());
  // A write while this read was under way: what was read may be the old entry, so it is not remembered.
  else if (writes === before) remembered = { cached };
  return cached;
}

/** The cached snapshot of this API address; a corrupt entry is removed (a refresh stores a new one). */
export async function readCache(apiUrl?: string): Promise<CachedSnapshot | null> {
  try {
    const cached = await storedEntry();
    if (!cached || (apiUrl !== undefined && cached.apiUrl !== apiUrl)) return null;
    return cached;
  } catch {
    return null;
  }
}

/**
 * The local engine from the cached snapshot of the configured API address,
 * or null when there is none. A stale cache still answers, and is refreshed
 * in the background.
 */
export async function localEngine(fetchImpl: Fetch = fetch): Promise<Engine | null> {
  const { apiUrl } = await getSettings();
  const cached = await readCache(apiUrl);
  if (!cached) return null;
  if (Date.now() - cached.savedAt >= REFRESH_MS) void refreshSnapshot(apiUrl, fetchImpl);
  if (loaded?.key === keyOf(cached)) return loaded.engine;
  try {
    // Validated when it was stored; validated again, since storage can be changed by others.
    const engine = validateIndex(cached.json);
    if (engine.version !== cached.version) throw problem('snapshot does not match its cache entry');
    loaded = { key: keyOf(cached), engine };
    return engine;
  } catch {
    await write(snapshotItem.removeValue());
    loaded = undefined;
    return null;
  }
}

/** The knowledge-base version the server reports, or null. */
async function serverVersion(apiUrl: string, fetchImpl: Fetch): Promise<string | null> {
  try {
    const res = await fetchImpl(`${apiUrl}/api/health`, {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const health = HealthVersionSchema.safeParse(res.ok ? await res.json() : null);
    return health.success ? health.data.version : null;
  } catch {
    return null;
  }
}

const inFlight = new Map<string, Promise<boolean>>();

/**
 * Makes sure a good snapshot of this API address is cached: downloads one
 * when there is none, revalidates it (ETag) when it is a day old or the
 * server's version changed. A download that fails validation is not stored;
 * the last good one stays. Resolves to whether a good snapshot is cached.
 * Never throws.
 */
export function refreshSnapshot(apiUrl: string, fetchImpl: Fetch = fetch, force = false): Promise<boolean> {
  const key = `${apiUrl} ${force}`;
  let run = inFlight.get(key);
  if (!run) {
    run = refresh(apiUrl, fetchImpl, force).finally(() => inFlight.delete(key));
    inFlight.set(key, run);
  }
  return run;
}

async function refresh(apiUrl: string, fetchImpl: Fetch, force: boolean): Promise<boolean> {
  const cached = await readCache(apiUrl);
  const now = Date.now();
  if (cached && !force && now - cached.savedAt < REFRESH_MS) {
    if (now - cached.checkedAt < HEALTH_MS) return true;
    const version = await serverVersion(apiUrl, fetchImpl);
    if (version === null || version === cached.version) {
      await write(snapshotItem.setValue({ ...cached, checkedAt: now }));
      return true;
    }
  }
  try {
    const res = await fetchImpl(`${apiUrl}/api/index`, {
      headers: cached?.etag ? { 'If-None-Match': cached.etag } : {},
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.status === 304 && cached) {
      await write(snapshotItem.setValue({ ...cached, savedAt: now, checkedAt: now }));
      return true;
    }
    if (!res.ok) return cached !== null;
    const json = await res.text();
    const engine = validateIndex(json);
    const entry: CachedSnapshot = {
      format: SNAPSHOT_FORMAT,
      version: engine.version,
      apiUrl,
      etag: (res.headers.get('ETag') ?? '').slice(0, 200),
      savedAt: now,
      checkedAt: now,
      json,
    };
    await write(snapshotItem.setValue(entry));
    loaded = { key: keyOf(entry), engine };
    return true;
  } catch {
    // Unreachable, or an index that failed validation: keep the last good one.
    return cached !== null;
  }
}
