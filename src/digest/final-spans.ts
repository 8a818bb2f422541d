/**
 * "last week" that names the final week of something, not the week before publication: "sharp until
 * the very last week", "in her last week in office", "their last month together".
 */

const A_LAST_SPAN = /^last\s+(?:week|month|year)$/i;
// "the very last", "its very last", or one's own: "her last week", "our last year".
const FINAL_BEFORE = /\b(?:(?:the|its|his|her|their|our|my|your)\s+very|his|her|their|our|my|your)\s+$/i;

/** True when chrono's `text` at `index` of `sentence` is "last week/month/year" read as the final one. */
export function isFinalSpan(sentence: string, index: number, text: string): boolean {
  return A_LAST_SPAN.test(text.trim()) && FINAL_BEFORE.test(sentence.slice(Math.max(0, index - 12), index));
}
