/** The editorial sidecar of seed `X.txt` is `X.editorial.yml` beside it (as scripts/ingest/seedNameToSidecarName.ts reads it; a test keeps them equal). */
export function seedToSidecarName(seed: string): string {
  return `${seed.replace(/\.txt$/i, '')}.editorial.yml`;
}
