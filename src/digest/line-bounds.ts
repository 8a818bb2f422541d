/** Bounded reads back through a text's lines and a sorted index, for the speaker resolver. */
import { countWhile } from './partition-point.js';

/**
 * Where the paragraph before the one holding `at` starts, blank lines skipped, or `floor` if that is
 * later. Lines are not read back past `floor` (the previous quotation's end): reading back to the
 * start of a long paragraph for every quotation in it was quadratic.
 */
export function previousParagraph(text: string, at: number, floor: number): number {
  let i = lastBreakFrom(text, at - 1, floor);
  while (i > floor && /\s/.test(text[i] ?? '')) i -= 1;
  if (i <= floor) return floor;
  return Math.max(floor, lastBreakFrom(text, i, floor) + 1);
}

/** The last line break at or before `from` and not before `floor`, or -1. */
export function lastBreakFrom(text: string, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - 1); i >= floor; i -= 1) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** The last of `indexes` (ascending) for which `before` holds, where it holds for a prefix; -1 if none. */
export function lastBefore(indexes: readonly number[], before: (i: number) => boolean): number {
  const lo = countWhile(indexes.length, (i) => before(indexes[i] as number));
  return lo > 0 ? (indexes[lo - 1] as number) : -1;
}
