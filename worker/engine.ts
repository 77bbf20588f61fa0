/**
 * The engine, loaded once per isolate in global scope from the snapshot that
 * the build bundled with the worker: never per request, and never counted
 * against a request's CPU time.
 */
import { createEngine } from '../core/engine';
import { joinSnapshot, readSnapshot } from '../core/engine/snapshot';
import { snapshotParts } from '../.generated/snapshot';
import { councilSection } from '../core/council/responses';

export const engine = createEngine(readSnapshot(snapshotParts));
// Parse the records and compile the cues now, at start-up (1 s budget), so no request pays for it.
engine.match('Wegwijzer start: begroting en raad.');
// The council lens (audience "raad") too: building it analyses every council record, far more than one request may cost.
councilSection(engine, 'Wegwijzer start: begroting en raad.');

let snapshotJson: string | undefined;
/** The whole snapshot for GET /api/index (records included), joined on first request. */
export const fullSnapshotJson = () => (snapshotJson ??= joinSnapshot(snapshotParts));
/** The ETag of every cacheable GET response: the knowledge base version. */
export const etag = `"${snapshotParts.version}"`;
