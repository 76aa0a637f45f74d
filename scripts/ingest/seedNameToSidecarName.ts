/** The sidecar of `X.txt` is `X.editorial.yml` in the same folder. */
export function seedNameToSidecarName(seedName: string): string {
  return seedName.replace(/\.txt$/i, '') + '.editorial.yml';
}
