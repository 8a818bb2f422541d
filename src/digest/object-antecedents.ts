/**
 * "Police questioned Ms Diaz for hours. “I saw nothing,” she said.": when no sentence since the last
 * quotation has a person as its subject, a pronoun stands for the person the sentences just before it
 * are about, even as an object, not for a speaker quoted earlier in the story.
 */
import type { NameIndex } from './names.js';
import { honorificSex, type Sex } from './namesakes.js';

// How many sentences before the quotation are read: "…speaking to Ms Jackson. But even that was not enough
// to stop him. “…,” she says."
const SENTENCES = 2;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+\p{Lu}[\p{L}’'-]+/gu;
const SAME_KIND: Record<Sex, RegExp> = { he: /\b(?:[Hh]e|him|[Hh]is)\b/, she: /\b(?:[Ss]he|[Hh]er)\b/ };

/**
 * The person named last, in narration, in the two sentences before the quotation at `at` (its paragraph
 * or the one before, after the sentence in which the last quotation ended at `since`) whom `pronoun` may
 * stand for; null when those sentences have a quotation, or a pronoun of that kind before the person
 * (in "She thanked Ms Diaz." she is someone else).
 */
export function namedObjectBefore(
  text: string,
  names: NameIndex,
  at: number,
  since: number,
  pronoun: Sex | null,
  sexOf: ReadonlyMap<string, Sex>,
): string | null {
  if (pronoun === null) return null;
  const from = windowStart(text, at, since);
  if (from < 0) return null;
  const window = text.slice(from, at);
  let found: { name: string; at: number } | null = null;
  const consider = (raw: string, where: number, titled: Sex | null): void => {
    const hint = { want: pronoun, titled: titled !== null, of: sexOf };
    // "Mr Tomlin", whom the article never names in full, is "Tomlin", as "“…,” Mr Tomlin said" would be.
    const person =
      names.person(raw, from + where + 1, hint) ?? (titled ? names.resolve(raw, from + where + 1, hint) : null);
    const sex = titled ?? (person === null ? undefined : sexOf.get(person));
    if (person === null || (sex !== undefined && sex !== pronoun)) return;
    if (SAME_KIND[pronoun].test(window.slice(0, where))) return;
    if (found === null || where > found.at) found = { name: person, at: where };
  };
  for (const m of window.matchAll(HONORIFIC)) consider(m[0], m.index ?? 0, honorificSex(m[0]));
  return (found as { name: string } | null)?.name ?? null;
}

/**
 * Where the sentences read start: the last two sentence starts before `at` (the quotation's own sentence,
 * when it opens inside one, is the last). A sentence the last quotation ends in is its attribution, never
 * read; -1 when a quotation lies in them or they run over more than two paragraphs.
 */
function windowStart(text: string, at: number, since: number): number {
  const from = Math.max(since, at - 600);
  // After a full stop that is no initial's or title's ("Ms."), or a line break; the text's start is one
  // too. Matched from the full stop on, which may lie before the last quotation's closing mark.
  const opening = /(?:^(?<!.)(?=\S)|(?<=\p{Ll}{2}[.!?]["”’']?)[ \t]+|\n\s*)(?=\S)/gu;
  opening.lastIndex = Math.max(0, from - 1);
  const starts: number[] = [];
  for (let m = opening.exec(text); m && m.index < at; m = opening.exec(text)) {
    starts.push(m.index + m[0].length);
    if (m[0] === '') opening.lastIndex += 1;
  }
  const start = starts.filter((s) => s >= from && s < at).at(-SENTENCES) ?? starts.filter((s) => s >= from)[0];
  if (start === undefined || start >= at) return -1;
  const window = text.slice(start, at);
  if (/[“”"‘]/.test(window) || (window.match(/\n/g)?.length ?? 0) > 1) return -1;
  return start;
}
