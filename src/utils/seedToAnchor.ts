/** The id of a seed's entry on the review page (`/review/#seed-004_8139462e61c2c95d`): its name without `.txt`; an id may hold anything but spaces. */
export function seedToAnchor(seed: string): string {
  return `seed-${seed.replace(/\.txt$/i, '').replace(/\s+/g, '-')}`;
}
