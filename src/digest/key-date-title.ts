import type { DateMention } from './types.js';
import type { Sentence } from './sentences.js';

// Words a headline shares with any sentence: they say nothing about which day it is about.
const COMMON = new Set(
  `
  about after again ahead amid before being from have into just more most next over says said
  than that their them then there these they this those week weeks what when where which while
  will with would year years could should first last still
  `
    .trim()
    .split(/\s+/),
);

// How far around a date its own words reach: "The runoff will be held on Sunday, June 8" or "Voters go
// to the polls on Tuesday in a governor's race", not the other half of a long sentence.
const BEFORE = 100;
const AFTER = 60;
const CONDITION = /\b(?:if|unless)\b/i;
// The rest of a span of days after its first day: " and 7 June", "-7 June", " to June 7".
const RANGE_AFTER =
  /^\s*(?:and|to|until|till|through|[-–])\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\.?\s+\d{1,2}\b)/u;
// In this many sentences or fewer, a headline word still points at a part of the story.
const RARE = 2;

// Words of four letters or more without their endings, so "threatened" meets "threaten", "Carolinas"
// "Carolina" and "closed" "closes"; not "-ly" ("quarterly" dividends are no "fourth quarter").
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (w.length >= 4 && !COMMON.has(w)) out.add(stem(w));
  }
  return out;
}

function stem(w: string): string {
  const one = w.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
  const bare = one.length > 5 ? one.replace(/(?:ing|ed)$/, '') : one;
  return bare.replace(/e$/, '');
}

/**
 * The title's words, ready for {@link titleOverlap}, each with its weight; null for an untitled
 * article. A word the article repeats throughout (the company's name, "fire" in a story of a fire)
 * names the story, not one of its days: it weighs less the more sentences hold it.
 */
export function titleStems(title: string | null | undefined, sentences: Sentence[]): Map<string, number> | null {
  if (!title) return null;
  const words = stems(title);
  if (words.size === 0) return null;
  const seen = new Map<string, number>();
  for (const s of sentences) for (const w of stems(s.text)) if (words.has(w)) seen.set(w, (seen.get(w) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const w of words) {
    const n = seen.get(w) ?? 0;
    if (n > 0 && n <= RARE) out.set(w, 1);
    else if (n > 0 && n <= 2 * RARE) out.set(w, 0.5);
  }
  return out;
}

/**
 * How much the headline is about this mention: the headline's words near the date ("Poll shows tight
 * race before next week's runoff" and "The runoff will be held on Sunday, June 8"), or the date as the
 * headline words it ("Memorial … to be held Thursday"). The story turns on the day its headline names.
 */
export function titleOverlap(
  title: Map<string, number>,
  titleText: string,
  sentence: Sentence,
  d: DateMention,
  bound: { from: number; to: number } = { from: 0, to: Number.POSITIVE_INFINITY },
): number {
  const day = d.text
    .replace(/^(?:on|at|by|from|until|till|for)\s+/i, '')
    // "Wednesday 22 December" is the headline's "22 December".
    .replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=\d)/i, '')
    .replace(/[\s,.;:]+$/, '')
    .toLowerCase();
  // ("Tuesday Morning profit rises" names a company, not a day.)
  const at0 = day.length >= 3 ? titleText.toLowerCase().indexOf(day) : -1;
  if (at0 >= 0 && !/^\s+\p{Lu}/u.test(titleText.slice(at0 + day.length))) return 3;
  const at = d.start - sentence.start;
  // "Festival returns between 3 and 7 June" names the whole span, its first day ("3") as much as its last.
  const span = RANGE_AFTER.exec(sentence.text.slice(at + d.text.length))?.[0];
  if (/^\d{1,2}$/.test(day) && span && titleText.toLowerCase().includes(`${day}${span}`.toLowerCase())) return 3;
  // (Not past a neighbouring day: its words are its own.)
  const lo = Math.max(0, at - BEFORE, bound.from - sentence.start);
  const hi = Math.min(at + d.text.length + AFTER, bound.to - sentence.start);
  // "…could start on Sunday if the rain continues", "…take effect Oct. 20 unless Congress acts": the
  // condition is not what happens on the day, so its words do not tie the day to the headline.
  const after = sentence.text.slice(at + d.text.length, Math.max(at + d.text.length, hi));
  const own = CONDITION.exec(after);
  const near = stems(
    sentence.text.slice(Math.min(lo, at), at + d.text.length) + (own ? after.slice(0, own.index) : after),
  );
  let shared = 0;
  for (const w of near) shared += title.get(w) ?? 0;
  return Math.min(2, shared);
}
