/**
 * How many items, from the first, satisfy `holds`, where it holds for a prefix of the list and
 * nowhere after it (a sorted list and "starts before `at`"): found by binary search, so the rules
 * that look up a mention or a line for each quotation stay linear in the text.
 */
export function countWhile(length: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
