/**
 * Private mode: the index snapshot, fetched once from GET /api/index (public
 * data, no user text), cached in storage.local and validated on read, runs
 * the same core engine as the worker.
 */
import { storage } from 'wxt/utils/storage';
import { loadEngine, type Engine } from '@@/core/engine';
import { SNAPSHOT_FORMAT } from '@@/core/engine/snapshot';
import type { Fetch } from './api';

export interface CachedSnapshot {
  format: number;
  version: string;
  savedAt: number;
  json: string;
}

const snapshotItem = storage.defineItem<unknown>('local:snapshot', { fallback: null });

/** Refresh the cache at most this often after a successful API answer. */
export const REFRESH_MS = 24 * 60 * 60 * 1000;

/** A stored snapshot, or null when missing, corrupt or of another format. */
export function parseCached(raw: unknown): CachedSnapshot | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Partial<CachedSnapshot>;
  if (c.format !== SNAPSHOT_FORMAT || typeof c.version !== 'string' || typeof c.json !== 'string' || typeof c.savedAt !== 'number') return null;
  return c as CachedSnapshot;
}

let engine: { version: string; engine: Engine } | undefined;

/** The cached snapshot; an unreadable one, or one of an older format, is removed (a refresh stores a new one). */
export async function readCache(): Promise<CachedSnapshot | null> {
  try {
    const raw = await snapshotItem.getValue();
    const cached = parseCached(raw);
    if (raw !== null && !cached) await snapshotItem.removeValue();
    return cached;
  } catch {
    return null;
  }
}

/** The local engine from the cached snapshot, or null when there is none (or it does not load). */
export async function localEngine(): Promise<Engine | null> {
  const cached = await readCache();
  if (!cached) return null;
  if (engine?.version === cached.version) return engine.engine;
  try {
    const e = loadEngine(cached.json);
    if (e.version !== cached.version || e.kb.checklist.length === 0) throw new Error('snapshot does not match its cache entry');
    engine = { version: cached.version, engine: e };
    return e;
  } catch {
    // Corrupt: drop it, a later refresh stores a good one.
    await snapshotItem.removeValue();
    engine = undefined;
    return null;
  }
}

/** Downloads the snapshot when there is none or it is old. Never throws. */
export async function refreshSnapshot(apiUrl: string, fetchImpl: Fetch = fetch, force = false): Promise<boolean> {
  const cached = await readCache();
  if (!force && cached && Date.now() - cached.savedAt < REFRESH_MS) return true;
  try {
    const res = await fetchImpl(`${apiUrl}/api/index`, {
      headers: cached ? { 'If-None-Match': `"${cached.version}"` } : {},
      credentials: 'omit',
      signal: AbortSignal.timeout(20_000),
    });
    if (res.status === 304 && cached) {
      await snapshotItem.setValue({ ...cached, savedAt: Date.now() });
      return true;
    }
    if (!res.ok) return false;
    const json = await res.text();
    const probe = loadEngine(json); // validates that it loads before it replaces a good cache
    const entry: CachedSnapshot = { format: SNAPSHOT_FORMAT, version: probe.version, savedAt: Date.now(), json };
    await snapshotItem.setValue(entry);
    engine = { version: probe.version, engine: probe };
    return true;
  } catch {
    return false;
  }
}
