/**
 * "Huw did the engineering. His wife kept the log. “…,” she says.": a relative opening the sentence before
 * the quotation, by kin word alone, is who the pronoun stands for when the kin word's sex is the pronoun's;
 * not the person the relative belongs to, named before. The relative is named from a pair such as "Gwen and
 * Huw Pritchard" when the article writes one, else called as written ("his wife").
 */
import type { NameIndex } from './names.js';
import { lastBreakFrom } from './line-bounds.js';

const KIN_SEX: Record<string, 'he' | 'she'> = {
  wife: 'she',
  husband: 'he',
  daughter: 'she',
  son: 'he',
  sister: 'she',
  brother: 'he',
  mother: 'she',
  father: 'he',
};
// Opening a sentence, with a verb after it and no name: "His wife kept…", not "His wife, Ann, said…".
const KIN_SUBJECT =
  /(?:^|[.!?]["”’]?\s+)(His|Her)\s+(wife|husband|daughter|son|sister|brother|mother|father)\s+(?=\p{Ll})/gu;

/**
 * The relative the pronoun `pronoun` at `at` stands for, and whose relative they are with the sex "his" or
 * "her" gives them; or null. `ownerBefore` is the person named as a sentence's subject before a position.
 */
export function kinSubject(
  text: string,
  names: NameIndex,
  at: number,
  since: number,
  pronoun: 'he' | 'she',
  ownerBefore: (at: number) => string | null,
  sexOf: (name: string) => 'he' | 'she' | undefined,
): { name: string; owner: { name: string; sex: 'he' | 'she' } | null } | null {
  const line = lastBreakFrom(text, at - 1, since);
  const from = line < 0 ? since : line + 1;
  const para = text.slice(from, at);
  let found: RegExpExecArray | null = null;
  for (let m = KIN_SUBJECT.exec(para); m; m = KIN_SUBJECT.exec(para)) found = m;
  KIN_SUBJECT.lastIndex = 0;
  const kin = found?.[2];
  if (!found || !kin || KIN_SEX[kin] !== pronoun) return null;
  const kinAt = from + found.index + found[0].length;
  // Someone named after the relative is likelier the pronoun's.
  if (names.mentions.some((m) => m.start > kinAt && m.start < at)) return null;
  const owner = ownerBefore(kinAt);
  const of = (found[1] ?? '').toLowerCase();
  const name = (owner && (partner(text, names, owner) ?? namesake(names, owner, pronoun, sexOf))) || `${of} ${kin}`;
  return { name, owner: owner === null ? null : { name: owner, sex: of === 'his' ? 'he' : 'she' } };
}

/** "Gwen" of "Gwen and Huw Pritchard", where the owner is Huw Pritchard: "Gwen Pritchard", or null. */
function partner(text: string, names: NameIndex, owner: string): string | null {
  const first = names.mentions.find((m) => m.name === owner);
  if (first === undefined) return null;
  const given = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) and $/u.exec(
    text.slice(Math.max(0, first.start - 30), first.start),
  )?.[1];
  const surname = owner.split(' ').pop();
  return given && surname && given !== owner.split(' ')[0] ? `${given} ${surname}` : null;
}

/** "Her mother" of Charlotte Pence: the one other person of that surname the article gives the kin's sex. */
function namesake(
  names: NameIndex,
  owner: string,
  sex: 'he' | 'she',
  sexOf: (name: string) => 'he' | 'she' | undefined,
): string | null {
  const fits = names.namesakes(owner.split(' ').pop() ?? '').filter((n) => n !== owner && sexOf(n) === sex);
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
