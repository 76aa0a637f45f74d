/** Rust's order of strings, which Pagefind sorts its words, filters and values by: by UTF-8 bytes. */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
