/**
 * A word's shape — its length and its first and last code units — hashed to one of 2^16 slots: a table of the slots of a
 * word list's shapes tells most other words apart without cutting them out of their text or hashing them for a look-up
 * (a slot that holds none of the list's shapes holds none of its words; one that does still needs the look-up).
 */
export function wordShapeSlot(first: number, last: number, length: number): number {
  return (first * 961 + last * 31 + length) & 0xffff;
}

/** The table of the shapes of `words`: 1 at the slot of each. */
export function wordShapeTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const word of words) table[wordShapeSlot(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  return table;
}
