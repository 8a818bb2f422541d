/**
 * An organisation named after the kind of body it is: "Environmental group Mobilisation for the
 * Environment said…", "campaign group Save Our Rivers said…". The words before "group" describe it and
 * are no part of its name; the name runs on through "for the", "of", "and", as organisations' names do.
 */
import type { Attribution } from './attribution.js';
import { CUES } from './speech-verbs.js';
import { cleanName } from './clean-name.js';

const KINDS = ['group', 'body', 'charity', 'campaign', 'organisation', 'organization', 'coalition', 'alliance'];
const WORD = String.raw`\p{Lu}[\p{L}’'\-]*`;
// Lower-case words that join an organisation's name: "Friends of the Earth", "Doctors for the Climate".
const JOIN = String.raw`(?:\s+(?:of|for|on|and|against)(?:\s+the)?)?`;
const ORG = String.raw`${WORD}(?:${JOIN}\s+${WORD}){0,6}`;
// Bounded: the sentence that introduces the quotation, from its start to the quotation.
const ORG_SUBJECT = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:the\s+|The\s+)?(?:\p{L}+\s+){0,2}(?:${KINDS.join('|')})\s+(${ORG})\s+(?:${CUES})\b[^.!?“”"]{0,200}$`,
  'u',
);

// "Civil rights group NAACP President Derrick Johnson said": a person after the body's name, with a title,
// speaks; left to the ordinary reading.
const PERSON_TITLE = new RegExp(
  String.raw`\b(?:${[
    'President',
    'Chair(?:man|woman)?',
    'Director',
    'Chief',
    'Executive',
    'Secretary',
    'Leader',
    'Spokes(?:man|woman|person)',
    'Head',
    'Founder',
    'CEO',
    'Professor',
    'Manager',
    'Dr',
    'Mr',
    'Mrs',
    'Ms',
  ].join('|')})\b`,
  'u',
);

/** The organisation a described body's sentence credits with the quotation that follows, if any. */
export function organisationBefore(before: string): Attribution | null {
  const m = ORG_SUBJECT.exec(before.slice(-300));
  return m?.[1] && !PERSON_TITLE.test(m[1]) ? { who: m[1], kind: 'description' } : null;
}

// "Age UK", "Greenpeace UK", "Amnesty International USA": a body's national branch, named by the country's
// capitals after the body's name. The name rules read those capitals as a demonym and dropped the whole.
const NATIONAL_BRANCH = /^\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,4}\s+(?:UK|USA|US|EU)$/u;

/** An organisation's national branch as the name a speaker pattern found, with nothing of a person left. */
export function nationalBranch(who: string): Attribution | null {
  return NATIONAL_BRANCH.test(who) && cleanName(who).length === 0 ? { who, kind: 'description' } : null;
}
