/**
 * What the article says of its people's sex, by full name: "his wife, Heidi Cruz", "Columba Bush, Jeb's
 * wife,", "their father, Richard Williams", "first lady Michelle Obama", "Mr. Kaine" (the only Kaine).
 */
import { countWhile } from './partition-point.js';
import type { NameIndex } from './names.js';
import { honorificOf, honorificSex, type Sex } from './namesakes.js';
import { anyOf } from './regex-parts.js';
import { kinNames } from './kin-names.js';

const SHE =
  'wife widow daughter mother sister grandmother granddaughter aunt niece stepmother stepdaughter half-sister fiancée girlfriend ex-wife';
const HE =
  'husband widower son father brother grandfather grandson uncle nephew stepfather stepson half-brother fiancé boyfriend ex-husband';
const KIN_SEX = new Map<string, Sex>([
  ...SHE.split(' ').map((w): [string, Sex] => [w, 'she']),
  ...HE.split(' ').map((w): [string, Sex] => [w, 'he']),
]);
const KIN = anyOf([...KIN_SEX.keys()].sort((a, b) => b.length - a.length));
// Whose: "his", "whose", "their", "the senator’s", "Jeb’s", "Bernie Sanders’s".
const OWNER = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|whose|(?:[Tt]he\s+)?[\p{L}\-]+[’']s?)`;
// "eldest", "older", "late", "twin": up to two words between the owner and the kin.
const KIN_OF = String.raw`${OWNER}\s+(?:[\p{Ll}\-]+\s+){0,2}?(${KIN})`;
// "his wife, Jane Doe" · "their father Richard Williams" · "first lady Michelle Obama": the name follows.
const BEFORE_NAME = new RegExp(
  String.raw`(?:\b${KIN_OF}|\b([Ff]irst [Ll]ady))(?![\p{L}\-]),?\s+(?:[\p{Ll}\-]+\s+){0,2}?(?=\p{Lu})`,
  'gu',
);
// "Heidi Cruz, the senator’s wife," · "Malik Obama, the president’s half-brother,": the name goes before
// (not "Terry Strada, whose husband Tom…", whose kin is someone else).
const AFTER_NAME = new RegExp(String.raw`^\.?,\s+(?!whose\s)(?:the\s+|a\s+)?${KIN_OF}(?![\p{L}\-])`, 'u');
// "Mr. Kaine", "Mrs. Cruz": the honorific and a surname.
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}[\p{L}’'-]+/gu;

/** For every person named in full whose sex the text gives by a word of kin, a title or an honorific, that sex. */
export function sexesOf(text: string, names: NameIndex): Map<string, Sex> {
  const out = new Map<string, Sex>();
  const note = (raw: string, at: number, sex: Sex): void => {
    const person = names.person(raw, at);
    if (person !== null && !out.has(person)) out.set(person, sex);
  };
  for (const m of text.matchAll(BEFORE_NAME)) {
    const end = (m.index ?? 0) + m[0].length;
    const named = mentionAt(names.mentions, end);
    const sex = m[1] ? KIN_SEX.get(m[1]) : 'she';
    if (named && sex) note(named.name, end + 1, sex);
  }
  for (const n of names.mentions) {
    const kin = AFTER_NAME.exec(text.slice(n.end, n.end + 60))?.[1];
    const sex = kin ? KIN_SEX.get(kin) : undefined;
    if (sex) note(n.name, n.start + 1, sex);
  }
  // "Seamus Ryan, 71, and his son Conor": "his" is Seamus Ryan's, so "Mr Ryan" may be either man.
  for (const kin of kinNames(text)) if (kin.owner) note(kin.owner.name, kin.owner.at, kin.owner.sex);
  // "Mr. Kaine" where the article names one Kaine.
  for (const m of text.matchAll(HONORIFIC)) {
    const sex = honorificSex(m[0]);
    const surname = m[0].split(/\s+/).pop() ?? '';
    const people = names.namesakes(surname);
    const person = people.length === 1 ? people[0] : undefined;
    if (sex && person && !out.has(person)) out.set(person, sex);
  }
  return out;
}

/** "“…,” Mr. Moreau said", credited to Henri Moreau: a man, whom a later "Ms. Moreau" is not. */
export function noteHonorific(sexes: Map<string, Sex>, raw: string, person: string | null): void {
  const sex = honorificSex(raw);
  if (person !== null && sex !== null && !sexes.has(person)) sexes.set(person, sex);
}

/** The first mention starting at `at`, by binary search: a scan per word of kin was quadratic. */
function mentionAt<T extends { start: number }>(mentions: readonly T[], at: number): T | undefined {
  const m = mentions[countWhile(mentions.length, (i) => (mentions[i] as T).start < at)];
  return m !== undefined && m.start === at ? m : undefined;
}

/**
 * The honorific the article gives each person whose surname it shares with another: "Ms Corrigan" while
 * Leah Corrigan is the only Corrigan named so far is hers, so a later "Mrs Corrigan" is someone else.
 */
export function stylesOf(text: string, names: NameIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(HONORIFIC)) {
    const people = names.namesakes(m[0].split(/\s+/).pop() ?? '');
    if (people.length < 2) continue;
    const before = people.filter((p) => names.lastNaming([p], m.index) !== null);
    const person = before.length === 1 ? before[0] : undefined;
    const word = honorificOf(m[0]);
    if (person !== undefined && word !== null && !out.has(person)) out.set(person, word);
  }
  return out;
}
