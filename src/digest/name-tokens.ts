/** How one word of a person's name is written, for the name index and the speaker patterns alike. */
import { anyOf } from './regex-parts.js';

/** Titles written with a full stop that end no sentence: "Dr.", "Sen.", "Prof.". */
export const COMMON_TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Jr',
  'Sr',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Sgt',
  'Rev',
  'Prof',
];

// Rarer ones a name may still start with: "Atty.", "Supt.".
const MORE_TITLES = ['Del', 'Amb', 'Adm', 'Capt', 'Maj', 'Cpl', 'Supt', 'Insp', 'Det', 'Hon', 'Atty', 'Sec'];
const TITLE_ABBREVIATIONS = [...COMMON_TITLES, ...MORE_TITLES];

/**
 * One capitalised word of a name, as regular-expression source. A full stop ends it only after an
 * initial or a title ("J.", "G.K.", "Dr."), so a name never runs into the next sentence.
 */
// Not a party and home town ("Linda Upmeyer, R-Clear Lake,", "Sen. Tom Burroughs, D-Kansas City,"), which
// regional papers set after a name as a comma-set phrase: read as a name, it became the speaker.
const NOT_PARTY_HOME = String.raw`(?![DRI]-\p{Lu})`;
export const NAME_TOKEN = String.raw`(?:(?:\p{Lu}\.){1,3}|${anyOf(TITLE_ABBREVIATIONS)}\.|${NOT_PARTY_HOME}\p{Lu}[\p{L}’'\-]*)`;

/**
 * Lower-case words inside a name, between two capitalised ones: "Charles de Gaulle", and in pairs,
 * "Ursula von der Leyen", "Ana de la Cruz", "Pedro dos Santos". Words English writes in lower case
 * between two capitals ("do", "y", "te") are left out, so "Why do Americans" is no name.
 */
export const NAME_PARTICLES = [
  'de',
  'da',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'la',
  'le',
  'los',
  'las',
  'del',
  'della',
  'di',
  'du',
];
/** At most two particles between two words of a name: "de", "von der", "de la". */
export const MAX_PARTICLES = 2;
/** A particle written on to the next word: "Bashar al-Assad", "Valéry Giscard d’Estaing". */
export const ATTACHED_PARTICLE = String.raw`(?:al-|el-|d[’'](?=\p{Lu}))`;

/** The gap between two words of a name, as regular-expression source: spaces, with particles in between. */
export function nameGap(space: string): string {
  return `${space}(?:${anyOf(NAME_PARTICLES)}${space}){0,${MAX_PARTICLES}}`;
}

/** A later word of a name: a capitalised word, with a particle written on to it or not. */
export const LATER_NAME_TOKEN = `(?:${ATTACHED_PARTICLE}?${NAME_TOKEN})`;

/**
 * Offices written "X of Y" before a name, whose tail is capitalised as a name is: "Secretary of State
 * Jon Doe", "Minister of Finance …", "Chancellor of the Exchequer …", "Head of Research …".
 */
const OFFICES_WITH_OF = [
  'Secretary',
  'Undersecretary',
  'Minister',
  'Chancellor',
  'Head',
  'Director',
  'President',
  'Speaker',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Governor',
  'Chief',
  // "Chief Justice of India Sanjiv Khanna": not "India Sanjiv Khanna".
  'Justice',
  'Leader',
  'Commissioner',
  'Ambassador',
  'Mayor',
  'Administrator',
];
/**
 * An office with "of" and its article, up to the office's tail: "Secretary of ", "Chancellor of the ";
 * or with "for", as Irish and British ministries are named: "Minister for Finance ". A junior office
 * "of State" takes its ministry after it: "Minister of State for Transport ", "Secretary of State for ".
 */
export const OFFICE_OF = String.raw`\b${anyOf(OFFICES_WITH_OF.map((w) => `[${w[0]}${w[0]?.toLowerCase()}]${w.slice(1)}`))}\s+(?:of|for)\s+(?:the\s+)?(?:State\s+for\s+(?:the\s+)?)?`;
