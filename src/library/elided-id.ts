// Discord takes an autocomplete choice of at most 100 characters, and a file name may be longer.
// Cutting the end off made two ids that share their first 100 characters one choice, which then
// matched both; the middle is elided instead, and resolve() reads "head…tail" back.

const TAIL = 30;
const ELLIPSIS = '…';

/** The id shortened to at most `max` characters by eliding its middle ("head…tail"), whole when it fits. */
export function elideId(id: string, max: number): string {
  if (id.length <= max) return id;
  let head = max - 1 - TAIL;
  // Never between the halves of a surrogate pair (an emoji).
  if (/[\uD800-\uDBFF]/.test(id.charAt(head - 1))) head -= 1;
  let tail = id.length - TAIL;
  if (/[\uDC00-\uDFFF]/.test(id.charAt(tail))) tail += 1;
  return `${id.slice(0, head)}${ELLIPSIS}${id.slice(tail)}`;
}

/** The two ends of an elided id, or null when `query` is not one. */
export function elidedEnds(query: string): { head: string; tail: string } | null {
  const at = query.indexOf(ELLIPSIS);
  if (at <= 0 || at !== query.lastIndexOf(ELLIPSIS) || at === query.length - 1) return null;
  return { head: query.slice(0, at), tail: query.slice(at + 1) };
}
