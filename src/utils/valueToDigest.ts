import { createHash } from 'node:crypto';

const digests = new WeakMap<object, string>();

// A content entry carries the digest its loader took of its file, which decides the body an event page renders from
// that file (with the Markdown options, which Astro's incremental build compares itself). Its data is hashed as well:
// a change of schema can change the data of an unchanged file.
function isContentEntry(value: object): value is { collection: string; id: string; digest: string; data: unknown } {
  const entry = value as Record<string, unknown>;
  return typeof entry.collection === 'string' && typeof entry.id === 'string' && typeof entry.digest === 'string';
}

function leaf(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** A value's part in its parent's hash: a JSON-like leaf as its own text (no hash of its own), else its digest. */
function part(value: unknown): string {
  return value === null || typeof value !== 'object' ? `=${leaf(value)}` : valueToDigest(value);
}

/**
 * A stable hash of a JSON-like value: object keys in any order give the same hash, content entries count by their
 * file's digest and their data, and each object is hashed once per build (a hub's list of thousands of events is
 * shared by all its pages, and each event by the hundreds of pages that list it). An entry's data is hashed as one
 * JSON text: its loader builds it the same way from the same file, and a hash per field cost seconds at 10,000 events.
 */
export function valueToDigest(value: unknown): string {
  if (value === null || typeof value !== 'object') return createHash('sha256').update(leaf(value)).digest('base64url');
  const known = digests.get(value);
  if (known) return known;
  const hash = createHash('sha256');
  if (isContentEntry(value)) hash.update(`entry:${value.collection}/${value.id}@${value.digest}:${JSON.stringify(value.data)}`);
  else if (value instanceof Date || value instanceof URL) hash.update(`${value.constructor.name}:${value.toString()}`);
  else if (Array.isArray(value)) for (const item of value) hash.update(`[${part(item)}`);
  else if (value instanceof Map) for (const [key, item] of value) hash.update(`<${part(key)}=${part(item)}`);
  else if (value instanceof Set) for (const item of value) hash.update(`(${part(item)}`);
  else for (const key of Object.keys(value).sort()) hash.update(`{${JSON.stringify(key)}:${part((value as Record<string, unknown>)[key])}`);
  const digest = hash.digest('base64url');
  digests.set(value, digest);
  return digest;
}
