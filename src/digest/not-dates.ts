/**
 * Expressions chrono reads as a day of the story that a reader would not: a name ending in "Today",
 * a span counted from another event, "the last day" or "the last night" of something, "last" as a
 * verb, a holiday that names a break ("the Christmas recess") or one of another calendar.
 */
import { anyOf } from './regex-parts.js';
import { isHolidayText } from './holidays.js';
import { NUMBER_WORDS } from './date-words.js';
import { isFinalSpan } from './final-spans.js';

// "USA Today", "VOA Today", "the Today programme", "The Tonight Show": inside a sentence only a name
// writes Today or Tonight with a capital.
function isNameWithToday(sentence: string, index: number, text: string): boolean {
  return /^To(?:day|night)\b/.test(text) && /[\p{L}\d]\s+$/u.test(sentence.slice(Math.max(0, index - 3), index));
}

// "the day after", "the night before": the event is the story's, even with nothing after it.
const THE_DAY_AFTER = /^the (?:day|morning|night|week) (?:after|before)$/i;
const AT_AN_HOUR = /^(?:noon|midnight|dawn|dusk)\s+/i;
const ENDS_AFTER = /\b(?:after|before)\s*$/i;
// "an hour", "two days", "a few weeks", "3 days": a span that starts the expression.
const COUNTS = ['the', 'an?', ...NUMBER_WORDS, 'several', 'a few', String.raw`\d+`];
// "about a month before its term would have expired": a rough count is a count.
const ROUGHLY = String.raw`(?:(?:about|around|some|nearly|almost|roughly|just|only|more than|less than|over|under)\s+)?`;
const STARTS_WITH_COUNT = new RegExp(String.raw`^${ROUGHLY}${anyOf(COUNTS)}\s`, 'i');

const WITHIN_A_SPAN = /^within\s+\S+(?:\s+\S+)?\s+(?:days?|weeks?|months?|years?|hours?|fortnight)$/i;
const OF_AN_EVENT = /^\s+of\s+(?!(?:today|now|publication)\b)[\p{L}\d]/u;

// "an hour after Craig spoke", "a day after he was hounded", "two days before the vote": counted from
// the event that follows, not from the publication day. "The day after tomorrow" ends in its anchor.
function countedFromEvent(sentence: string, index: number, text: string): boolean {
  // "at noon the day after his death": chrono read the hour with it.
  if (THE_DAY_AFTER.test(text.trim().replace(AT_AN_HOUR, ''))) return true;
  // "within 60 days of the deal coming into force", "within a week of the vote": the span counts
  // from the event after "of", not from the publication day.
  if (WITHIN_A_SPAN.test(text.trim()) && OF_AN_EVENT.test(sentence.slice(index + text.length))) return true;
  if (!ENDS_AFTER.test(text) || !STARTS_WITH_COUNT.test(text.trim())) return false;
  return /^\s*[\p{L}\d]/u.test(sentence.slice(index + text.length));
}

// "the last day of the quarter", "over the past day": chrono reads "last day" as yesterday.
const LAST_DAY = /^(?:last|past)\s+day$/i;
// "on the last night of the tour", "their last night in Paris": the final one of something, not yesterday's.
const A_LAST_NIGHT = /^last\s+night$/i;
const OWNED = /\b(?:the|its|his|her|their|our|my|your|a|one|every)\s+$/i;

// "the talks could last two weeks", "totality will last about 50 minutes": "last" is the verb.
const LAST_AS_VERB = /^last\b/i;
const BEFORE_A_VERB = /\b(?:will|would|could|can|may|might|should|must|to|not)\s+$|['’]ll\s+$/i;

// "rises for the Easter recess on April 14", "returns from its Christmas recess": the holiday names a
// break of several days, gone into or come back from. "the Labor Day holiday" is the day itself, and
// "passed before the Presidents' Day recess" a deadline near the holiday.
const BREAK_AFTER = /^\s+(?:recess|break|holidays|vacation|hols)\b/i;
const INTO_OR_FROM = /\b(?:for|from|over|during)\s+(?:(?:the|its|their|his|her|our|this|last|next)\s+)?$/i;
const namesABreak = (sentence: string, index: number, text: string): boolean =>
  isHolidayText(text) &&
  BREAK_AFTER.test(sentence.slice(index + text.length, index + text.length + 16)) &&
  INTO_OR_FROM.test(sentence.slice(Math.max(0, index - 24), index));

// "Chinese New Year's Eve", "Orthodox Christmas", "the Persian New Year": a holiday of another
// calendar, whose day the Western one's rules do not give.
const OTHER_CALENDARS = [
  'Chinese',
  'Lunar',
  'Jewish',
  'Hebrew',
  'Persian',
  'Iranian',
  'Islamic',
  'Hindu',
  'Orthodox',
  'Coptic',
  'Ethiopian',
  'Julian',
  'Thai',
  'Vietnamese',
  'Tibetan',
  'Korean',
  'Tamil',
  'Sinhala',
];
const OTHER_CALENDAR = new RegExp(String.raw`\b(?:${OTHER_CALENDARS.join('|')})\s+$`);
const ofOtherCalendar = (sentence: string, index: number, text: string): boolean =>
  isHolidayText(text) && OTHER_CALENDAR.test(sentence.slice(Math.max(0, index - 12), index));

/** True when chrono's reading `text` at `index` of `sentence` names no day of the story. */
export function isNotADate(sentence: string, index: number, text: string): boolean {
  return (
    isNameWithToday(sentence, index, text) ||
    countedFromEvent(sentence, index, text) ||
    namesABreak(sentence, index, text) ||
    ofOtherCalendar(sentence, index, text) ||
    LAST_DAY.test(text.trim()) ||
    isFinalSpan(sentence, index, text) ||
    (A_LAST_NIGHT.test(text.trim()) && OWNED.test(sentence.slice(Math.max(0, index - 8), index))) ||
    (LAST_AS_VERB.test(text) && BEFORE_A_VERB.test(sentence.slice(Math.max(0, index - 8), index)))
  );
}
