/**
 * A full stop after a lone Arabic letter (HAMZA U+0621 … YEH U+064A) abbreviates a title: «د.» (دكتور), «م.» (مهندس),
 * «أ.د.» (أستاذ دكتور), as in «الشيخ د. أحمد الناصر». No sentence ends there. Matches the stop and the spaces after it.
 */
export const ABBREVIATION_STOP = /(?<=(?:^|[\s.])[\u0621-\u064A])\.\s+/g;

