/**
 * Several people with one surname ("Ted Cruz", "Heidi Cruz"): which of them a surname alone, or with
 * "Mr."/"Mrs.", names at a point of the text.
 */

/** "he" or "she": what an honorific, a pronoun or a word of kin says of a person. */
export type Sex = 'he' | 'she';

/** The sex a reference asks for, and the sex the article gives its people (by full name). */
export interface SexHint {
  want?: Sex | null;
  /** Whether `want` comes from an honorific ("Mrs. Holm"), not a pronoun. */
  titled?: boolean;
  of?: ReadonlyMap<string, Sex>;
  /** The honorific of the reference ("mrs" of "Mrs Holm"), and the one the article gave each person before. */
  honorific?: string | null;
  styles?: ReadonlyMap<string, string>;
}

const HONORIFIC_SEX: Record<string, Sex> = { mr: 'he', mrs: 'she', ms: 'she', miss: 'she' };

/** "Mr. Cruz" → "he", "Mrs. Cruz" → "she", "Dr. Cruz" or "Cruz" → null. */
export function honorificSex(raw: string): Sex | null {
  const word = honorificOf(raw);
  return word === null ? null : (HONORIFIC_SEX[word] ?? null);
}

/** "Mrs. Cruz" → "mrs", "Ms Cruz" → "ms", "Dr. Cruz" or "Cruz" → null. */
export function honorificOf(raw: string): string | null {
  const first = (raw.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/\.$/, '');
  return first in HONORIFIC_SEX ? first : null;
}

interface Mention {
  name: string;
  start: number;
}

/** Where the article names its people, looked up rather than scanned per reference. */
export interface Naming {
  /** The last mention before `at` that names one of `people`, or null. */
  lastNaming(people: readonly string[], at: number): Mention | null;
  /** Where the paragraph holding `at` starts. */
  paragraphStart(at: number): number;
}

/**
 * The one of `fits` (in order of first use) that a surname alone means at `at`: never one whose known
 * sex is not the one asked for; among the others, the one named in the quotation's paragraph (the last
 * of them if several are), else the person the article is about, named first, else the one whose sex is
 * known to be the one asked for, else the last named. Null when every one is known to be of the other sex.
 */
export function pickNamesake(
  fits: string[],
  at: number,
  naming: Naming,
  hint: SexHint,
  isOf: (mention: string, person: string) => boolean,
): string | null {
  const { want = null, titled = false, of = new Map<string, Sex>(), honorific = null, styles } = hint;
  const may = (k: string): boolean => want === null || (of.get(k) ?? want) === want;
  const named = fits.filter((k) => naming.lastNaming([k], at) !== null);
  const sexed = (named.length > 0 ? named : fits).filter(may);
  // "Mrs Corrigan" where the article has called Leah Corrigan "Ms Corrigan": her mother, the other one.
  const styled = sexed.filter((k) => honorific === null || (styles?.get(k) ?? honorific) === honorific);
  const pool = styled.length > 0 ? styled : sexed;
  if (pool.length <= 1) return pool[0] ?? null;
  // The last mention of one of them before `at` (looked up: reading every mention before each
  // reference was quadratic in an article that says "Lee said" after naming two Lees).
  const lastNamed = naming.lastNaming(pool, at);
  const lastOne = lastNamed === null ? null : (pool.find((k) => isOf(lastNamed.name, k)) ?? null);
  const paragraph = Number.isFinite(at) ? naming.paragraphStart(at) : at;
  const here = lastNamed !== null && lastNamed.start >= paragraph ? lastOne : null;
  if (here !== null) return here;
  // "Mrs. Holm" where only his wife is known to be a woman: her, before the main person, of unknown sex.
  const known = pool.filter((k) => want !== null && of.get(k) === want);
  const main = fits[0] ?? '';
  if (pool.includes(main) && (!titled || of.has(main) || known.length !== 1)) return main;
  if (known.length === 1) return known[0] ?? null;
  // "Mrs Okonjo" after "Helen and David Okonjo … Their daughter, Grace Okonjo": a title refers back to
  // the first of them the article named, not the relative introduced last.
  if (titled) return pool[0] ?? null;
  return lastOne ?? pool[0] ?? null;
}
