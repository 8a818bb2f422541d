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
export const NAME_TOKEN = String.raw`(?:(?:\p{Lu}\.){1,3}|${anyOf(TITLE_ABBREVIATIONS)}\.|\p{Lu}[\p{L}’'\-]*)`;
