/**
 * "The Chancellor begins her statement. “…,” she tells MPs.": an office the article gives no one by
 * name, as the last subject before a pronoun's quotation in its paragraph, is who the pronoun stands
 * for; not a person named earlier, whom the office would otherwise fall back to.
 */
import { ROLE } from './public-roles.js';
import { lastBreakFrom } from './line-bounds.js';

// A sentence's start (after a live blog's stamp too: "11:05 "), the office and a verb in the present or
// the past: "The Prime Minister arrived…", "The Chancellor begins…".
const OFFICE_SUBJECT = new RegExp(
  String.raw`(?<=^|\n|[.!?]["”’)]?\s)(?:\d{1,2}[:.]\d{2}\s+)?(The\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${ROLE}))\s+\p{Ll}+(?:s|ed)\b`,
  'gu',
);

/**
 * The office ("the Chancellor") last made a sentence's subject in the paragraph before `at` (not before
 * `since`, where the last quotation ended), when no name comes after it, as `holder` gives it (the person
 * holding it, or the office as written); else null.
 */
export function officeSubjectBefore(
  text: string,
  at: number,
  since: number,
  mentions: ReadonlyArray<{ start: number }>,
  holder: (office: string) => string,
): string | null {
  const from = Math.max(since, lastBreakFrom(text, at - 1, since) + 1);
  let found: RegExpExecArray | null = null;
  OFFICE_SUBJECT.lastIndex = from;
  const part = text.slice(0, at);
  for (let m = OFFICE_SUBJECT.exec(part); m; m = OFFICE_SUBJECT.exec(part)) found = m;
  if (!found?.[1]) return null;
  const end = found.index + found[0].length;
  if (mentions.some((m) => m.start > end && m.start < at)) return null;
  return holder(`the ${found[1].slice(4)}`);
}
