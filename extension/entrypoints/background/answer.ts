/**
 * Who answers a request: the API, or the local engine in private mode, or the
 * local engine as a fallback when the API cannot be reached. The caller gets
 * the mode with the data, so the UI can say which one answered.
 */
import {
  CheckResponseSchema,
  LIMITS,
  MatchResponseSchema,
  SearchResponseSchema,
  type CheckResponse,
  type SearchResponse,
} from '@@/core/api/contract';
import { checkResponse, matchResponse, searchResponse } from '@@/core/api/responses';
import type { Engine } from '@@/core/engine';
import type { SearchFilters } from '@@/core/engine/search';
import type { Audience } from '@@/core/taxonomy';
import { tellingPart } from '@@/core/text/telling-part';
import { checkOversize } from '@@/core/api/limits';
import { failure, type Answer, type Answers } from '@/utils/protocol';
import { getSettings } from '@/utils/settings';
import { callApi, type Fetch } from './api';
import { localEngine, refreshSnapshot } from './local-engine';

let fetchImpl: Fetch = (...args) => fetch(...args);
/** For tests: replace the network. */
export const setFetch = (f: Fetch) => {
  fetchImpl = f;
};

/**
 * `viaApi: null` means the request cannot go to the API (a draft larger than
 * one check may be): it is answered in the browser, with the public index.
 */
async function answer<T>(viaApi: ((apiUrl: string) => Promise<Answer<T>>) | null, locally: (e: Engine) => T): Promise<Answer<T>> {
  const { apiUrl, mode } = await getSettings();
  const local = async (asMode: 'private' | 'fallback' | 'local'): Promise<Answer<T> | null> => {
    let engine = await localEngine();
    if (!engine && asMode !== 'fallback' && (await refreshSnapshot(apiUrl, fetchImpl))) engine = await localEngine();
    return engine ? { ok: true, mode: asMode, data: locally(engine) } : null;
  };
  if (mode === 'private') return (await local('private')) ?? failure('unreachable', '', { apiUrl });
  if (!viaApi) return (await local('local')) ?? failure('unreachable', '', { apiUrl });

  const api = await viaApi(apiUrl);
  if (api.ok) {
    // Keep a copy of the public index for private mode and fallbacks; no user text is involved.
    void refreshSnapshot(apiUrl, fetchImpl);
    return api;
  }
  if (api.error === 'unreachable' || api.error === 'timeout')
    return (await local('fallback')) ?? { ...api, detail: { ...api.detail, apiUrl } };
  return api;
}

/** The audience a request is for: the one the view asks for ("Wat vraagt de raad?"), else the user's setting. */
const audienceFor = async (asked?: Audience): Promise<Audience> => asked ?? (await getSettings()).audience;

/** Advice on a passage; a long selection gets advice on its most telling part, and the answer says so. A council member also gets the council lens. */
export async function answerMatch(selection: string, asked?: Audience): Promise<Answer<Answers['match']>> {
  const { text, of } = tellingPart(selection, LIMITS.matchChars);
  const audience = await audienceFor(asked);
  const body = audience === 'raad' ? { text, audience } : { text };
  const result = await answer(
    (url) => callApi(url, '/api/match', MatchResponseSchema, { method: 'POST', body }, fetchImpl),
    (e) => matchResponse(e, text, audience),
  );
  if (!result.ok || text.length === selection.length) return result;
  return { ...result, data: { ...result.data, part: { chars: text.length, of } } };
}

/** The check of a draft; for a council member each item also carries its question for the college. */
export async function answerCheck(text: string, asked?: Audience): Promise<Answer<CheckResponse>> {
  const audience = await audienceFor(asked);
  const body = audience === 'raad' ? { text, audience } : { text };
  // A draft over one request's limits (the worker's CPU budget) is checked in the browser: same engine, same verdict.
  const viaApi = checkOversize(text)
    ? null
    : (url: string) => callApi(url, '/api/check', CheckResponseSchema, { method: 'POST', body }, fetchImpl);
  return answer(viaApi, (e) => checkResponse(e, text, audience));
}

export function answerSearch(q: string, filters: SearchFilters, limit = 30): Promise<Answer<SearchResponse>> {
  const params = new URLSearchParams({ q, limit: String(limit) });
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return answer(
    (url) => callApi(url, `/api/search?${params}`, SearchResponseSchema, {}, fetchImpl),
    (e) => searchResponse(e, q, filters, limit),
  );
}
