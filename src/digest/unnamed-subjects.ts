/**
 * "A spokeswoman for Tesco said the company… “…,” she said.": an unnamed voice as the last subject in
 * the quotation's paragraph, with no person named after it, is who the pronoun stands for; not the
 * person quoted before, whom news would have named again.
 */
import type { NameIndex } from './names.js';
import { UNNAMED_SUBJECT } from './speaker-patterns.js';
import { givenOrNamedNext } from './named-next.js';
import { lastBreakFrom } from './line-bounds.js';
import { officeSubjectBefore } from './role-subjects.js';

/**
 * The unnamed voice a pronoun in the quotation at `at` stands for, or the office its paragraph just made
 * the subject ("The Chancellor begins her statement.") as `holder` gives it, or null; `since` is where
 * the last quotation ended.
 */
export function unnamedSubject(
  source: string,
  names: NameIndex,
  at: number,
  since: number,
  holder: (office: string) => string = (office) => office,
): string | null {
  return voiceSubject(source, names, at, since) ?? officeSubjectBefore(source, at, since, names.mentions, holder);
}

function voiceSubject(source: string, names: NameIndex, at: number, since: number): string | null {
  const text = source.slice(0, at);
  // The quotation's line, read back no further than the quotation before (see previousParagraph).
  const line = lastBreakFrom(text, at - 1, since);
  // "One guest, identified only as Emma, said…", or a role the next paragraph names: that person.
  const given = givenOrNamedNext(source, line < 0 ? since : line + 1, at, names.mentions);
  if (given !== null) return given;
  UNNAMED_SUBJECT.lastIndex = line < 0 ? since : line + 1;
  let found: RegExpExecArray | null = null;
  for (let m = UNNAMED_SUBJECT.exec(text); m; m = UNNAMED_SUBJECT.exec(text)) found = m;
  if (found === null) return null;
  const after = found.index + found[0].length;
  if (names.mentions.some((m) => m.start > after && m.start < at)) return null;
  return (found[1] ?? '').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}
