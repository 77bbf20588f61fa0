/**
 * The engine, loaded once per isolate in global scope from the snapshot that
 * the build bundled with the worker: never per request, and never counted
 * against a request's CPU time.
 */
import { loadEngine } from '../core/engine';
import { snapshotJson, version } from '../.generated/snapshot';

export const engine = loadEngine(snapshotJson);
// Parse the records and compile the cues now, at start-up (1 s budget), so no request pays for it.
engine.match('Wegwijzer start: begroting en raad.');
export { snapshotJson, version };
/** The ETag of every GET response: the knowledge base version. */
export const etag = `"${version}"`;
