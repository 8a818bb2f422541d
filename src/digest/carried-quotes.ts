/**
 * Wire copy carried from another agency: "“…,” Yonhap quoted Kim Min-jun as saying" · "Xinhua quoted Wang
 * Lei, the port director, as saying: “…”". The person quoted speaks, not the agency that carried the words.
 */
import { LEAD, NAME, OFFICE, ROLE_BEFORE_NAME, ROLE_MODIFIERS, TO_THE_QUOTE } from './speaker-parts.js';

/**
 * The cue of wire copy carried from another agency: "Lee was quoted as saying by Yonhap", "was quoted by
 * Xinhua as saying", "is cited as saying". The subject spoke; the agency only carried the words.
 */
export const CARRIED_CUE = String.raw`(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited)(?:\s+by\s+[^,.“”"\n]{1,60}?)?\s+as\s+saying`;

// Who carried another's words, as wire copy credits them: "Yonhap", "the state news agency".
const CARRIER = String.raw`(?:[^,.;:“”"\n]{1,60}?\s+)?`;
// The person an agency quoted, a description set off by commas before or after the name or none.
const QUOTED_PERSON = String.raw`(?:${ROLE_BEFORE_NAME},\s+|(?:the\s+)?${ROLE_MODIFIERS})${OFFICE}(${NAME})(?:,\s+[^,.;:“”"\n]{1,60},)?`;

/** After the quote: `, the agency quoted the port director, Ade Bello, as saying`. The group is the name. */
export const CARRIED_AFTER = new RegExp(String.raw`${LEAD}${CARRIER}quoted\s+${QUOTED_PERSON},?\s+as\s+saying\b`, 'u');
/** Before the quote: `Xinhua quoted Wang Lei, the port director, as saying: `. The group is the name. */
export const CARRIED_BEFORE = new RegExp(String.raw`\bquoted\s+${QUOTED_PERSON},?\s+as\s+saying${TO_THE_QUOTE}`, 'u');
