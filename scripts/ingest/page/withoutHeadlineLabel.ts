import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';

/** The labels a forum or archive writes before a headline (boilerplate.json headlineLabels), folded. */
const LABELS = BOILERPLATE.headlineLabels.map(normalizeForMatching);

/** A headline line without the label before it: «عنوان الموضوع: وزير الخارجية الياباني يستضيف …» → «وزير الخارجية الياباني يستضيف …». */
export function withoutHeadlineLabel(text: string): string {
  const colon = text.search(/[:：]/);
  if (colon < 0) return text;
  const label = normalizeForMatching(text.slice(0, colon));
  return LABELS.includes(label) && text.slice(colon + 1).trim() ? text.slice(colon + 1).trim() : text;
}

/** Whether a line opens with a headline's label and its colon («الموضوع: …»): the line is a headline, however long. */
export function opensWithHeadlineLabel(text: string): boolean {
  return withoutHeadlineLabel(text) !== text;
}
