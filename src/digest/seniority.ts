/**
 * "The younger Mr Ryan said", "the older sister said": relatives sharing a surname told apart by age.
 * News gives ages after names ("Seamus Ryan, 71, and his son Conor, 34"), so the comparative picks the
 * oldest or youngest of the family members it has named with one.
 */
import { countWhile } from './partition-point.js';
import { cleanName } from './clean-name.js';
import type { NameIndex } from './names.js';
import { literal } from './regex-parts.js';

const COMPARATIVE = /\b(younger|youngest|older|oldest|elder|eldest)\s+(?=\S)/i;

/** "younger" or "older" for a reference that ranks by age ("the elder Mr Byrne"), else null. */
export function seniorityOf(raw: string): 'younger' | 'older' | null {
  const word = COMPARATIVE.exec(raw)?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return word.startsWith('young') ? 'younger' : 'older';
}

/** The age written after a person's full name or first name: "Seamus Ryan, 71," · "his son Conor, 34". */
function ageOf(text: string, person: string): number | null {
  const first = person.split(' ')[0] ?? '';
  const re = new RegExp(String.raw`(?<![\p{L}’'-])(?:${literal(person)}|${literal(first)}),\s+(\d{1,3})(?!\d)`, 'u');
  const age = re.exec(text)?.[1];
  return age === undefined ? null : Number(age);
}

/**
 * The oldest or youngest of `family` (people sharing a surname) by the ages the text gives them; null
 * unless two or more have one and the ages differ, so a family the article gives no ages stays unread.
 */
export function bySeniority(text: string, family: readonly string[], rank: 'younger' | 'older'): string | null {
  const aged = family
    .map((person) => ({ person, age: ageOf(text, person) }))
    .filter((p): p is { person: string; age: number } => p.age !== null);
  if (aged.length < 2) return null;
  aged.sort((a, b) => (rank === 'older' ? b.age - a.age : a.age - b.age));
  const [first, second] = aged;
  return first && second && first.age !== second.age ? first.person : null;
}

/**
 * The family member a reference ranked by age means at `at`: "the younger Mr Ryan" among the Ryans,
 * "the older sister" among the family last named before it (people named later are not yet in the story).
 */
export function senior(text: string, names: NameIndex, who: string, at: number): string | null {
  const rank = seniorityOf(who);
  if (rank === null) return null;
  const named = (p: string): boolean => names.mentions.some((m) => m.start < at && within(m.name, p));
  const last = cleanName(who).pop();
  const surname = last !== undefined && /^\p{Lu}/u.test(last) ? last : undefined;
  if (surname !== undefined) return bySeniority(text, names.namesakes(surname).filter(named), rank);
  // "the older sister": the family of the last person named before it whose surname others share.
  // From the last mention before `at` back: copying and walking every mention (those after `at`
  // too) for each reference was quadratic in a text that repeats "the older sister said".
  const { mentions } = names;
  const lo = countWhile(mentions.length, (i) => (mentions[i]?.start ?? 0) < at);
  for (let i = lo - 1; i >= 0; i -= 1) {
    const m = mentions[i] as (typeof mentions)[number];
    const family = names.namesakes(m.name.split(' ').pop() ?? '').filter(named);
    if (family.length >= 2) return bySeniority(text, family, rank);
  }
  return null;
}

// Whether a mention names `person`: in full, or by the same first name and surname.
function within(mention: string, person: string): boolean {
  const [a, b] = [mention.split(' '), person.split(' ')];
  return mention === person || (a[0] === b[0] && a[a.length - 1] === b[b.length - 1]);
}
