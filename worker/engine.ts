/**
 * The engine, loaded once per isolate in global scope from the snapshot that
 * the build bundled with the worker: never per request, and never counted
 * against a request's CPU time.
 */
import { loadEngine } from '../core/engine';
import { indexJson, kbJson, version } from '../.generated/snapshot';

export const engine = loadEngine(indexJson, kbJson);
// Parse the records and compile the cues now, at start-up (1 s budget), so no request pays for it.
engine.match('Wegwijzer start: begroting en raad.');
export { version };

let snapshotJson: string | undefined;
/** The whole snapshot for GET /api/index (records included), put together on first request. */
export const fullSnapshotJson = () => (snapshotJson ??= `${indexJson.slice(0, -'"kb":""}'.length)}"kb":${JSON.stringify(kbJson)}}`);
/** The ETag of every GET response: the knowledge base version. */
export const etag = `"${version}"`;
