/**
 * `memo`'s value for `key`, made and kept on a miss; a memo of `max` entries starts afresh rather than grow without
 * bound (the stages memoise what comes back in article after article: titles, spellings, YAML pieces).
 */
export function memoised<K, V>(memo: Map<K, V>, max: number, key: K, make: () => V): V {
  const found = memo.get(key);
  if (found !== undefined || memo.has(key)) return found as V;
  const value = make();
  if (memo.size >= max) memo.clear();
  memo.set(key, value);
  return value;
}
