import type { Sex } from './namesakes.js';

/**
 * A name the name index reads like a person's that is a body's: "New York Presbyterian Hospital",
 * "King's College London", "the local Housing Association". "He" or "she" never stands for one.
 */

// Words that make a run of capitals an institution wherever they stand in it. Not words that are also
// surnames ("Church", "Court", "House", "Service", "Bank", "Hall"): Charlotte Church is a person.
const INSTITUTION_WORDS = new Set(
  [
    'Hospital Clinic College University Academy School Institute Museum Library',
    'Association Agency Authority Department Ministry Council Committee Commission Federation',
    'Organisation Organization Corporation Company Foundation Society Trust Union Party Club',
    'Police Constabulary Infirmary Hospice Charity Coalition Alliance Network Inc Ltd PLC plc LLC',
    // A newspaper or broadcaster someone speaks to: "She told the New York Times".
    'Times Journal Gazette Tribune Telegraph Chronicle Herald Newspaper Magazine Radio Television',
  ]
    .join(' ')
    .split(' '),
);

/** True when the name holds a word only an institution's name has. */
export function isInstitution(name: string): boolean {
  return name.split(/\s+/).some((w) => INSTITUTION_WORDS.has(w));
}

/**
 * Who "he" or "she" may stand for: not a body, nor a person the article or an earlier pronoun gives the
 * other sex ("“…,” he said. … “…,” she said."). Anyone, for other pronouns.
 */
export function pronounFits(pronoun: Sex | null, sexOf: (name: string) => Sex | undefined): (name: string) => boolean {
  return (name) => pronoun === null || (!isInstitution(name) && (sexOf(name) ?? pronoun) === pronoun);
}
