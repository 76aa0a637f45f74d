/** One shade of the map's legend: the counts it covers, inclusive. */
export interface CountClass {
  from: number;
  to: number;
}

// Quantiles, not equal steps: however the meetings are spread (a few partners with most of them, or all alike),
// each shade holds about as many countries, so the map always tells them apart.
/** Splits the counts (each ≥ 1) into at most `classes` ranges holding about as many countries each. */
export function countsToClasses(counts: readonly number[], classes = 5): CountClass[] {
  const sorted = counts.filter((count) => count >= 1).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const bounds: number[] = [];
  for (let k = 1; k <= classes; k++) {
    const bound = sorted[Math.ceil((k / classes) * sorted.length) - 1]!;
    if (bound > (bounds.at(-1) ?? 0)) bounds.push(bound);
  }
  return bounds.map((to, i) => ({ from: i === 0 ? sorted[0]! : bounds[i - 1]! + 1, to }));
}
