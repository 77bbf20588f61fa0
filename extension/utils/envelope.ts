/** The message envelope and the answer shape shared by every message; tiny, for the content script. */

/** The envelope on the wire. */
export interface Envelope<N extends string = string> {
  wegwijzer: N;
  body: unknown;
}
export const envelope = <N extends string>(name: N, body: unknown): Envelope<N> => ({ wegwijzer: name, body });

/** Which engine answered: the server, private mode by choice, private mode because the server was down, or the browser because the draft is longer than one request may be. */
export type Mode = 'api' | 'private' | 'fallback' | 'local';

export type ErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'invalid'
  | 'rejected'
  | 'rate-limited'
  | 'no-text'
  | 'no-draft'
  | 'no-selection'
  | 'not-allowed'
  | 'internal';

export interface Failure {
  ok: false;
  error: ErrorKind;
  message: string;
  /** For 'unreachable': the address that was tried. For 'no-draft': the words found. */
  detail?: { apiUrl?: string; words?: number; retryAfter?: number };
}
export type Answer<T> = { ok: true; mode?: Mode; data: T } | Failure;

export const failure = (error: ErrorKind, message = '', detail?: Failure['detail']): Failure => ({
  ok: false,
  error,
  message,
  ...(detail ? { detail } : {}),
});
