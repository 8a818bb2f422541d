/**
 * "The National Audit Office reached the same view. “…,” it said in its report." · "It added: “…”":
 * "it" is never a person. It is the organisation its paragraph last made a sentence's subject, or the
 * body quoted just before, or no one.
 */
import { lastBreakFrom } from './line-bounds.js';
import { CUES } from './speech-verbs.js';
import { NOT_A_NAME } from './speaker-patterns.js';

const ADVERB = String.raw`(?:(?:also|later|then|\p{Ll}+ly)\s+)?`;
/** Right after a quotation: `, it said`, `it added in its report`. */
export const IT_AFTER = new RegExp(String.raw`^\s*[,—–-]?\s*it\s+${ADVERB}(?:${CUES})\b`, 'u');
/** Right before a quotation, opening its sentence: `It added: `. */
export const IT_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+)It\s+${ADVERB}(?:${CUES})\b[^“”".!?]{0,40}:\s*$`,
  'u',
);

const WORD = String.raw`\p{Lu}[\p{L}&’'.\-]*`;
// A capitalised name with its joining words: "Ministry of Tourism and Antiquities", "Age UK".
const ORG = String.raw`${WORD}(?:\s+(?:(?:of|and|for|&|the|on)\s+)*${WORD})*`;
// A word that refers back to a body named before: "The watchdog added that…".
const KINDS = [
  'union',
  'regulator',
  'watchdog',
  'company',
  'committee',
  'council',
  'association',
  'agency',
  'department',
  'ministry',
  'firm',
  'charity',
  'group',
];
// A sentence's (or a clause's, after a comma) subject: a name, after "The" or a possessive ("Egypt's"),
// or a role with the name set off by commas ("The book's publisher, Canongate,", "One of the firms, Acme,"),
// then a lower-case verb.
const SUBJECT = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|,\s+)(?:[Tt]he\s+(${KINDS.join('|')})|(?:[Tt]he|Its|One\s+of\s+(?:the|its|their)|${WORD}[’']s)\s+[\p{Ll}’'\s]{1,40},\s+(${ORG}),|(?:[Tt]he\s+|${WORD}[’']s\s+)?(${ORG})(?:,\s+[^,.!?\n]{1,60},)?)\s+(?:has\s+|had\s+)?\p{Ll}`,
  'gu',
);
// Words that make a capitalised name a body's rather than a person's: "National Audit Office", "Age UK".
const BODY_WORDS = new Set([
  'Office',
  'Committee',
  'Council',
  'Ministry',
  'Department',
  'Agency',
  'Authority',
  'Association',
  'Union',
  'Trust',
  'Commission',
  'Institute',
  'Institution',
  'Society',
  'Federation',
  'Board',
  'Service',
  'Executive',
  'Government',
  'Chamber',
  'Industry',
  'League',
  'Foundation',
  'Museum',
  'University',
  'Group',
  'Bank',
  'Police',
  'Party',
  'Network',
  'Rail',
  'Water',
  'Energy',
  'Scotland',
  'England',
  'Wales',
  'UK',
]);
// Words that open a sentence capitalised but name no body.
const NOT_A_BODY = /^(?:The|It|Its|He|She|They|We|I|This|That|These|Those|There|In|At|On|But|And|A|An|One)$/u;

/**
 * Whether a subject's name is a body's: one with a body word in it, an acronym ("RMT"), or a single word
 * `person` does not read as someone's name ("Canongate", not "Crowther" for "Ben Crowther") nor a plural.
 */
function isBody(name: string, person: (word: string) => string | null): boolean {
  const words = name.split(/\s+/);
  if (NOT_A_BODY.test(words[0] ?? '')) return false;
  if (words.some((w) => BODY_WORDS.has(w) || /^\p{Lu}{2,}$/u.test(w))) return true;
  // A single capitalised word ending in "s" opening a sentence is most often people: "Shoppers cut back".
  return words.length === 1 && !/s$/u.test(name) && person(name) === null;
}

// How far back in its paragraph the subject is looked for.
const WINDOW = 400;

export type ItSubject = { name: string } | { description: string };

/**
 * The body "it" at `at` stands for: the last organisation its paragraph made a subject, read in `plain`
 * (the text with quotations blanked out), skipping anything `isWord` says is no organisation (a person,
 * a sentence opener). A description ("the union") is returned for the caller to resolve.
 */
export function itSubject(
  plain: string,
  at: number,
  isWord: (name: string, where: number) => boolean,
): ItSubject | null {
  const floor = Math.max(0, at - WINDOW);
  const line = lastBreakFrom(plain, at - 1, floor);
  const start = line < 0 ? floor : line + 1;
  const para = plain.slice(start, at);
  let found: ItSubject | null = null;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(para); m; m = SUBJECT.exec(para)) {
    const kind = m[1];
    if (kind !== undefined) {
      found = { description: `the ${kind}` };
      continue;
    }
    const name = (m[2] ?? m[3] ?? '').trim();
    if (name && isWord(name, start + m.index + m[0].indexOf(name))) found = { name };
  }
  return found;
}

/**
 * The body "it" at `at` stands for in `plain` (quotations blanked out), or a description ("the union")
 * for the caller to resolve: no sentence opener, person (`person` reads a single word as one) nor plural.
 */
export function bodyCalledIt(
  plain: string,
  at: number,
  person: (word: string, where: number) => string | null,
): ItSubject | null {
  return itSubject(
    plain,
    at,
    (name, where) => !NOT_A_NAME.test(name.split(' ')[0] ?? '') && isBody(name, (word) => person(word, where)),
  );
}
