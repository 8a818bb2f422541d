/**
 * The words around a date that the rules of date-rules.ts and date-places.ts read: nouns a weekday qualifies, events a
 * weekday's possessive names, a market's close, a day written before the event it names.
 */
import { anyOf } from './regex-parts.js';

// Nouns a weekday qualifies: "Sunday hours", "Saturday editions", "Monday lunch".
const WEEKDAY_NOUNS = [
  'hours',
  'opening',
  'service',
  'services',
  'trading',
  'edition',
  'editions',
  'papers?',
  'school',
  'brunch',
  'lunch',
  'dinner',
  'market',
  'shift',
  'shifts',
  'working',
  'league',
  'best',
];
export const WEEKDAY_NOUN = new RegExp(String.raw`^\s+${anyOf(WEEKDAY_NOUNS)}\b`, 'i');

// Things a holiday names that are not on its day: "the Easter egg hunt on 12 April", "the Christmas
// market opens on 20 November". (Not "Christmas dinner" nor "the Thanksgiving parade": on the day.)
const HOLIDAY_NOUNS = [
  'eggs?',
  'hunts?',
  'trails?',
  'trees?',
  'lights',
  'markets?',
  'fairs?',
  'fayres?',
  'party',
  'parties',
  'cards?',
  'jumpers?',
  'sweaters?',
  'shopping',
  'shoppers',
  'presents',
  'gifts?',
  'decorations',
  'trading',
  'sales',
  'single',
  'number one',
  'shows?',
  'concerts?',
  'appeal',
  'campaign',
  'adverts?',
  'films?',
  'grotto',
  'displays?',
  'pantomimes?',
  'panto',
];
export const HOLIDAY_NOUN = new RegExp(String.raw`^\s+${anyOf(HOLIDAY_NOUNS)}\b`);

// An event that a weekday's possessive names: "Tuesday's election".
export const EVENT_AFTER = new RegExp(
  String.raw`^\s*['’]s\s+(?:[A-Z][\w-]*\s+)*${anyOf([
    'election',
    'vote',
    'referendum',
    'ballot',
    'poll',
    'primary',
    'runoff',
    'run-off',
    'debate',
    'meeting',
    'summit',
    'talks',
    'hearing',
    'deadline',
    'match',
    'game',
    'final',
    'fixture',
    'kick-?off',
    'showdown',
    'derby',
    'race',
    'launch',
    'opening',
    'strike',
    'budget',
    'speech',
    'ruling',
    'verdict',
    'sentencing',
    'inauguration',
    'ceremony',
    'Bowl',
  ])}\b`,
  'i',
);

// A determiner before a day and a lower-case noun after it ("the Oct. 13 plunge"); see isAttributive.
export const ATTRIBUTIVE_BEFORE = /\b(?:the|its|their|his|her|our|this|that)\s+$/i;
export const ATTRIBUTIVE_AFTER =
  /^\s+(?!(?:to|and|or|through|until|till|at|in|on|for|from|by|with|is|was|will|would|has|had)\b)[a-z][a-z-]+\b/;

// "Thursday's close", "Friday's closing price", "Friday's 190-point drop": a market's close, or its
// move over a day, is known only once the day is over,
const MARKET_DAY = [
  'close',
  'closing',
  'trading',
  'session',
  'finish',
  'plunge',
  'drop',
  'decline',
  'slide',
  'sell-?off',
  'rally',
  'rebound',
  'crash',
  'rout',
  'tumble',
  'gains?',
  'loss(?:es)?',
  'advance',
  'surge',
];
// "after missing Tuesday's draw with Wigan", "will build on Saturday's win over Luton": so is a
// match's result ("Monday's draw for the third round" is still to be made).
const MATCH_RESULT = [
  'wins?',
  'victory',
  'defeat',
  String.raw`draw(?=\s+(?:with|against|at|away)\b)`,
  'stalemate',
  'thrashing',
  'drubbing',
  'comeback',
  'triumph',
];
export const CLOSE_AFTER = new RegExp(
  String.raw`^\s*['’]s\s+(?:[\w$.,%-]+\s+){0,2}?(?:${anyOf(MARKET_DAY)}\b|${anyOf(MATCH_RESULT)}(?![\w-]))`,
  'i',
);

/**
 * Words after "the day before" or "the day after" that end the phrase there, so that it counts from
 * the day last named and names no event of its own: "the day before, and…", "the day after to…".
 */
export const PHRASE_ENDERS: readonly string[] = [
  'that',
  'but',
  'and',
  'or',
  'when',
  'while',
  'as',
  'to',
  'in',
  'at',
  'with',
  'for',
  'on',
  'from',
  'by',
];

// "the public should use power sparingly until Monday evening", "schools must stay shut until
// Friday": an obligation runs to the day ahead, whatever a reporting verb or a past clause nearby
// says. (Not "should have", which looks back.)
export const OBLIGED_UNTIL =
  /\b(?:should|must|needs?\s+to|ha(?:s|ve)\s+to|ought\s+to)\s+(?!have\b)(?:[\w'’-]+\s+){0,8}?(?:until|till)\s+$/i;
