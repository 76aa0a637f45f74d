// SOURCE_DATE_EPOCH is the reproducible-builds convention: with it set, two builds of the same content are identical.
/** The moment the site is built: SOURCE_DATE_EPOCH (seconds) when set, else now. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return new Date(seconds * 1000);
  }
  return new Date();
}
