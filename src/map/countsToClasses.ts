/** One shade of the map's legend: the counts it covers, inclusive. */
export interface CountClass {
  from: number;
  to: number;
}

// Meetings per country are skewed (a few partners have most of them), so the steps grow geometrically.
/** Splits 1…max into at most `classes` ranges, each roughly `max^(1/classes)` times wider than the one before. */
export function countsToClasses(max: number, classes = 5): CountClass[] {
  if (max < 1) return [];
  const bounds: number[] = [];
  for (let k = 1; k <= classes; k++) {
    const bound = k === classes ? max : Math.round(max ** (k / classes));
    if (bound >= (bounds.at(-1) ?? 0) + 1) bounds.push(bound);
  }
  return bounds.map((to, i) => ({ from: i === 0 ? 1 : bounds[i - 1]! + 1, to }));
}
