/**
 * Descriptions news uses instead of a public person's name once it has named them: "the Republican
 * nominee", "the former secretary of state", "the Texas senator", "the president-elect". Such a speaker is
 * the person the article is talking about, not a separate, unnamed one.
 */
import { anyOf } from './regex-parts.js';

// Offices and standings a named politician is referred back to by; not "aide", "official" or "spokesman",
// which more often stand for someone the article never names.
const ROLES = [
  'nominee',
  'candidate',
  'front-?runner',
  'contender',
  'incumbent',
  'challenger',
  'senator(?:-elect)?',
  'congress(?:wo)?man',
  'lawmaker',
  'governor(?:-elect)?',
  'mayor',
  '(?:vice )?president(?:-elect)?',
  'first lady',
  'secretary of state',
  'attorney general',
  'speaker',
  'majority leader',
  'minority leader',
  'billionaire',
  'business(?:wo)?man',
  'real estate mogul',
  'mogul',
];

// "the", up to four modifiers ("former Ohio state", "presumptive Republican"), and a role at the end.
const PUBLIC_ROLE = new RegExp(String.raw`^the\s+(?:[\p{L}.’'\-]+\s+){0,4}?${anyOf(ROLES)}$`, 'iu');

/** True for a definite description of a public person: "the Democratic nominee", "the former first lady". */
export function isPublicRole(description: string): boolean {
  return PUBLIC_ROLE.test(description.trim());
}
