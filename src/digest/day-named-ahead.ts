/**
 * "Later that day, at a news conference on Tuesday, …", "Earlier in the day, she met the board. The
 * meeting, on Monday, …": the day an "earlier in the day" or "later that day" means is named just
 * after it, not in the paragraph before.
 */
import type { DateMention } from './types.js';

// The phrase as "earlier" or "later" opens it ("later that day", "earlier in the day").
const EARLIER_OR_LATER = /\b(earlier|later)\s+(?:in\s+)?$/i;
// An aside right after the phrase that names the day: ", after the market closed on Tuesday,".
const ASIDE_TO_DAY = /^,[^,.;:!?"“”\n]{0,60}$/;
const ASIDE_CLOSES = /^(?:,|.(?:\s+[a-z]+)?,)/;
// One sentence's end and no paragraph's between the phrase and the day of the next sentence; a
// point inside a figure ("$32.25") ends none.
const ONE_SENTENCE_END = /^(?:[^.!?\n]|[.!?](?!["”’]?\s))*[.!?]["”’]?\s+(?:[^.!?\n]|[.!?](?!\s))*$/;
const NEXT_SENTENCE_REACH = 250;

/**
 * The day named after an "earlier in the day" or "later that day" at `at`..`end` that it means, if
 * any: one in an aside right after it, or, when it opens a paragraph ("Earlier in the day, …"),
 * one in the sentence after its own.
 */
export function dayNamedAhead(text: string, at: number, end: number, next: DateMention | undefined) {
  if (!next) return undefined;
  const lead = EARLIER_OR_LATER.exec(text.slice(Math.max(0, at - 12), at));
  if (!lead) return undefined;
  const between = text.slice(end, next.start);
  // The aside closes with a comma after the day ("on Tuesday evening,"), before the main clause.
  if (ASIDE_TO_DAY.test(between) && ASIDE_CLOSES.test(text.slice(next.end - 1, next.end + 20))) return next;
  // Only "earlier" looks on to the next sentence: "later that day" tells on from the day before it.
  const opensParagraph = /(?:^|\n)\s*$/.test(text.slice(Math.max(0, at - lead[0].length - 4), at - lead[0].length));
  if (lead[1]?.toLowerCase() !== 'earlier' || !opensParagraph) return undefined;
  return between.length <= NEXT_SENTENCE_REACH && ONE_SENTENCE_END.test(between) ? next : undefined;
}
