/** People a report names only by the name they gave: "a nurse who asked to be identified only as Emma". */
import { countWhile } from './partition-point.js';

// "identified only as Emma", "identified by her first name, Emma", "known only as Ali", "gave his name as Tom".
// Only with "identified", "only" or "gave … name": "known as" alone names places and things too.
const GIVEN_NAME =
  /\b(?:(?:identified(?:\s+only)?|(?:known|referred\s+to)\s+only)\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?)|gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as)\s+(\p{Lu}[\p{Ll}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/gu;

/**
 * The last name given so between `from` and the end of `text` (a line, sliced at the quotation), unless
 * one of the `mentions` (sorted by start) names someone after it.
 */
export function givenName(text: string, from: number, mentions: ReadonlyArray<{ start: number }>): string | null {
  GIVEN_NAME.lastIndex = from;
  let found: RegExpExecArray | null = null;
  for (let m = GIVEN_NAME.exec(text); m; m = GIVEN_NAME.exec(text)) found = m;
  if (found === null) return null;
  const end = found.index + found[0].length;
  const next = mentions[countWhile(mentions.length, (i) => (mentions[i]?.start ?? 0) <= end)];
  return next !== undefined && next.start < text.length ? null : (found[1] ?? null);
}
