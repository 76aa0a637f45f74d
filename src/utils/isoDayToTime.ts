/** The UTC time of a YYYY-MM-DD day, or undefined when it is not a real calendar day (2025-02-30, 2025-2-3). */
export function isoDayToTime(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().startsWith(iso) ? time : undefined;
}
