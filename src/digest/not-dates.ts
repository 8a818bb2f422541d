/**
 * Expressions chrono reads as a day of the story that a reader would not: a name ending in "Today",
 * a span counted from another event.
 */

// "USA Today", "VOA Today", "the Today programme": inside a sentence only a name writes Today with a capital.
function isNameWithToday(sentence: string, index: number, text: string): boolean {
  return /^Today\b/.test(text) && /[\p{L}\d]\s+$/u.test(sentence.slice(Math.max(0, index - 3), index));
}

// "an hour after Craig spoke", "a day after he was hounded", "two days before the vote": counted from
// the event that follows, not from the publication day. "The day after tomorrow" ends in its anchor.
function countedFromEvent(sentence: string, index: number, text: string): boolean {
  // "the day after", "the night before": the event is the story's, even with nothing after it.
  if (/^the (?:day|morning|night|week) (?:after|before)$/i.test(text.trim())) return true;
  if (!/\b(?:after|before)\s*$/i.test(text) || !/^(?:the|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s/i.test(text.trim())) return false;
  return /^\s*[\p{L}\d]/u.test(sentence.slice(index + text.length));
}

/** True when chrono's reading `text` at `index` of `sentence` names no day of the story. */
export function isNotADate(sentence: string, index: number, text: string): boolean {
  return isNameWithToday(sentence, index, text) || countedFromEvent(sentence, index, text);
}
