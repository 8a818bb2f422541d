import { type Sentence, textBefore } from './sentences.js';

// "packs with use-by dates of 5 December and 7 December", "a best before date of 12 March 2027": the
// day printed on a product, which tells a reader which packs a recall covers. Nothing happens on it,
// so it is no countdown. A run of days after the words is theirs too.
const PACK_DATE =
  /\b(?:use[- ]by|best[- ]before|sell[- ]by|display[- ]until|expiry|expiration)\s+(?:dates?\s+)?(?:(?:of|is|are|between|from|ranging\s+from)\s+)?(?:[\p{L}\d ,]{0,40}?\b(?:and|or|to)\s+)?$/iu;

/** True when mention `d` of sentence `s` is a date printed on a product (use-by, best before, expiry). */
export function packDate(s: Sentence | undefined, d: { start: number }): boolean {
  return s !== undefined && PACK_DATE.test(textBefore(s, d, 80));
}
