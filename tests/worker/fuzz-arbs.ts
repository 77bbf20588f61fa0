/** Random and malformed requests for the worker fuzz test (fast-check arbitraries). */
import fc from 'fast-check';

export const PATHS = [
  '/api/search',
  '/api/match',
  '/api/check',
  '/api/interventions',
  '/api/interventions/x',
  '/api/guidance',
  '/api/checklist',
  '/api/taxonomy',
  '/api/index',
  '/api/health',
  '/api/',
  '/',
  '/api/interventions/%E0%A4%A',
  '/api/../api/health',
  '/%00',
  '/api/search/',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  'application/vnd.api+json',
  'application/json;;;',
  '*/*',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e\u202d',
    '😀'.repeat(50),
    'null',
    '[]',
    '{}',
    '{"text":null}',
    '{"text":""}',
    '{"text":"a b c"}',
    '{"text":["a"]}',
    '{"text":{"$ne":1}}',
    '{"__proto__":{"x":1},"text":"a b c"}',
  ),
);
const body = fc.oneof(
  text,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ text: fc.oneof(text, fc.jsonValue({ maxDepth: 2 })) }).map((v) => JSON.stringify(v)),
);
const query = fc.array(
  fc.tuple(
    fc.constantFrom('q', 'domain', 'ground', 'type', 'limit', 'x', '', '__proto__'),
    fc.oneof(text, fc.constantFrom('sport', 'wonen', 'alle', '-1', '1e9', '20', 'NaN')),
  ),
  { maxLength: 5 },
);
export const request = fc.record({
  // Weighted towards what reaches real handlers: GET and POST on real routes with JSON.
  method: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('GET', 'POST') }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
  path: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('/api/search', '/api/match', '/api/check', '/api/interventions/x') },
    { weight: 2, arbitrary: fc.constantFrom(...PATHS) },
    { weight: 1, arbitrary: text.map((t) => '/api/' + encodeURIComponent(t.toWellFormed())) },
  ),
  query,
  type: fc.oneof({ weight: 3, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: fc.constantFrom(...TYPES) }),
  body,
  headers: fc.dictionary(
    fc.constantFrom('If-None-Match', 'Origin', 'Accept', 'Content-Length-Fake', 'X-Forwarded-For', 'CF-Connecting-IP', 'Transfer-Encoding'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
    { maxKeys: 3 },
  ),
});
