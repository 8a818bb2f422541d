/**
 * The pieces the speaker patterns are built from: a name, the role and office words around it, and what
 * may stand between a cue and its quotation.
 */
import { ATTACHED_PARTICLE, LATER_NAME_TOKEN, nameGap, OFFICE_OF, NAME_TOKEN as TOKEN } from './name-tokens.js';
import { anyOf } from './regex-parts.js';

/**
 * A name: up to six words, with particles between them: "Charles de Gaulle", "Ursula von der Leyen"; a
 * surname may open with its particle written on to it, in lower case: "“…,” al-Sharaa said".
 */
export const NAME = `${ATTACHED_PARTICLE}?${TOKEN}(?:${nameGap(String.raw`\s+`)}${LATER_NAME_TOKEN}){0,5}`;

/** Up to three lower-case words before a name: "said acting chief executive Jo Bell". */
export const MODIFIERS = String.raw`(?:[\p{Ll}’'\-]+\s+){0,3}`;

/**
 * An office with "of" before the name, its tail left to the name and dropped later: "Ohio Secretary of
 * State Jon Doe" (not the name "Secretary" with "of State Jon Doe" after it).
 */
export const OFFICE = String.raw`(?:(?:${TOKEN}\s+){0,3}?${OFFICE_OF})?`;

/**
 * A description that a name follows, set off by a comma: "the agency's spokesman", "her lawyer",
 * "Transport for London's director of buses".
 * "one of the organisers", "one of its founders": one of a group, then named.
 */
export const ROLE_BEFORE_NAME = String.raw`(?:(?:one\s+of\s+)?(?:the|its|their|his|her|our)|a|an|(?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|for|and|the|&)\s+){0,2}){0,3}\p{Lu}\p{L}*[’']s)\s+[^,.;:“”"\n]{1,60}?`;

/** Right after the closing mark: a comma or a dash, or nothing. */
export const LEAD = String.raw`^\s*[,—–-]?\s*`;

/**
 * Words that are never a role: "said MSNBC host Chris Matthews", "said Acme managing director Jo Bell",
 * "said Acme head of policy Jo Bell": an outlet or organisation before a role of up to three lower-case
 * words is not the speaker ("wrote Ann Lee for Morning Consult", "said Ann Lee last week in Paris" have a
 * preposition, not a role, after the name; "of" only joins two role words).
 */
export const NOT_A_ROLE = anyOf(['for', 'of', 'at', 'from', 'in', 'on', 'with', 'to', 'and', 'by', 'the']);
const ROLE_WORD = String.raw`(?!${NOT_A_ROLE}\s)\p{Ll}[\p{Ll}’'\-]*`;
/**
 * A role of up to three lower-case words ("head of policy"); two held at once are joined by "and":
 * "founder and chief executive", "chairman & chief executive".
 */
export const ROLE = String.raw`${ROLE_WORD}(?:\s+(?:(?:of|and|&)\s+)?${ROLE_WORD}){0,2}`;
/**
 * The lower-case words before a name after a cue, two roles joined by "and" among them: "said Acme founder
 * and chief executive Ana Holt", "said council leader and ward member Tim Sole". Role words only after
 * "and" ("said the founder and chief executive of Acme, Ana Holt" is hers, not Acme's).
 */
export const ROLE_MODIFIERS = String.raw`${MODIFIERS}(?:(?:and|&)\s+(?:${ROLE_WORD}\s+){1,3})?`;

/**
 * After the cue: nothing, "that", or a few words ending in a colon or comma ("told reporters on Monday:");
 * not a title such as "told MSNBC's “Morning Joe”". Or "as", of what the cue calls it: "Mayor Jo Lee
 * described as “an intentional act”".
 */
export const TO_THE_QUOTE = String.raw`(?:\s*|\s+that\s*|\s+(?:(?:it|them|this|that)\s+)?as\s*|[^“”"‘.!?]{0,70}?[:,]\s*)$`;
