/**
 * Who answers a request: the API, or the local engine in private mode, or the
 * local engine as a fallback when the API cannot be reached. The caller gets
 * the mode with the data, so the UI can say which one answered.
 */
import { CheckResponseSchema, LIMITS, MatchResponseSchema, SearchResponseSchema, type CheckResponse, type MatchResponse, type SearchResponse } from '../../../core/api/contract';
import { checkResponse, matchResponse, searchResponse } from '../../../core/api/responses';
import type { Engine } from '../../../core/engine';
import type { SearchFilters } from '../../../core/engine/search';
import { failure, type Answer } from '../messages';
import { getSettings } from '../settings';
import { callApi, type Fetch } from './api';
import { localEngine, refreshSnapshot } from './local-engine';

let fetchImpl: Fetch = (...args) => fetch(...args);
/** For tests: replace the network. */
export const setFetch = (f: Fetch) => {
  fetchImpl = f;
};

async function answer<T>(viaApi: (apiUrl: string) => Promise<Answer<T>>, locally: (e: Engine) => T): Promise<Answer<T>> {
  const { apiUrl, mode } = await getSettings();
  const local = async (asMode: 'private' | 'fallback'): Promise<Answer<T> | null> => {
    let engine = await localEngine();
    if (!engine && asMode === 'private' && (await refreshSnapshot(apiUrl, fetchImpl))) engine = await localEngine();
    return engine ? { ok: true, mode: asMode, data: locally(engine) } : null;
  };
  if (mode === 'private') return (await local('private')) ?? failure('unreachable');

  const api = await viaApi(apiUrl);
  if (api.ok) {
    // Keep a copy of the public index for private mode and fallbacks; no user text is involved.
    void refreshSnapshot(apiUrl, fetchImpl);
    return api;
  }
  if (api.error === 'unreachable' || api.error === 'timeout') return (await local('fallback')) ?? api;
  return api;
}

export function answerMatch(text: string): Promise<Answer<MatchResponse>> {
  if (text.length > LIMITS.matchChars) return Promise.resolve(failure('rejected', `max ${LIMITS.matchChars}`));
  return answer(
    (url) => callApi(url, '/api/match', MatchResponseSchema, { method: 'POST', body: { text } }, fetchImpl),
    (e) => matchResponse(e, text),
  );
}

export function answerCheck(text: string): Promise<Answer<CheckResponse>> {
  return answer(
    (url) => callApi(url, '/api/check', CheckResponseSchema, { method: 'POST', body: { text } }, fetchImpl),
    (e) => checkResponse(e, text),
  );
}

export function answerSearch(q: string, filters: SearchFilters): Promise<Answer<SearchResponse>> {
  const params = new URLSearchParams({ q, limit: '30' });
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return answer(
    (url) => callApi(url, `/api/search?${params}`, SearchResponseSchema, {}, fetchImpl),
    (e) => searchResponse(e, q, filters, 30),
  );
}
