import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';

/** The most words a byline of wires has («طوكيو - «اللواء» - وكالات», «فرانس24 / أ ف ب»). */
const WIRE_BYLINE_MAX_WORDS = 6;
/** The wires, folded, each between spaces so that only whole words match. */
const wires = BOILERPLATE.wireBylines.map((wire) => ` ${normalizeForMatching(wire)} `);

/** Whether a line is a short byline that credits a wire («فرانس24 / أ ف ب», «طوكيو - «اللواء» - وكالات»), no sentence. */
export function isWireByline(line: string): boolean {
  const words = ` ${normalizeForMatching(line).replace(/[^\p{L}\p{N}.]+/gu, ' ').trim()} `;
  if (words.trim().split(' ').length > WIRE_BYLINE_MAX_WORDS + 2 || /[.!؟?]\s*$/.test(line.trim())) return false;
  return wires.some((wire) => words.includes(wire));
}
