import { fold } from './fold.js';
import type { Article } from './types.js';

/** The word triples (shingles) of a text, folded: the unit two texts are compared by. */
export function shingles(text: string): Set<string> {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

// Thresholds measured on 219 news articles (the BBC and CNN/Daily Mail review sets), every pair of
// two different ones against simulated edits of each, the share being of the smaller text's triples
// (so a story cut short or grown longer still shares all of its own):
//  - two different stories shared at most 1.2% at the 99th percentile, 9.9% for two on one athlete
//    in one week, and 57.5% once: a follow-up ("tipped for the prize" → "takes the prize") that
//    repeated the first one's background under a new headline;
//  - edits kept at least 93% (three typos fixed, a paragraph added at the top, the text cut to its
//    first third or grown from its first three sentences, the headline rewritten, paragraphs moved),
//    78% with a word changed in every sentence, 63% with two.
// With the rule below, of 47,742 ordered pairs of different stories only a pair with the very same
// text, and the follow-up under an unchanged header, were one story; no edit was another story,
// except a word changed in every sentence (1 in 219) or two (130) under a new headline and date, or
// two under a new date alone (4 or 5 in 219, by the run).
// A notice written on a template under the same title every week or day ("Bin collection this week",
// "Tide times", "School closures", in texts of our own) shared 43–68% with the one before, where an edit
// keeps more: its new date with a text that moved on tells it from an edit of the one before.
/** Below this share the texts are two stories, whatever their headers say. */
const FEW_IN_COMMON = 0.35;
/** Below this share, with a new title and a new date, the texts are a story and its follow-up. */
const FOLLOW_UP = 0.8;
/** Below this share, under a new date and the same title, the texts are two notices on one template. */
const NEXT_NOTICE = 0.7;
// Fewer triples than this (under ten words, the headline's included) say too little: the header decides alone.
const TOO_SHORT = 8;
// The opening compared: far more than a story needs to be told from another, and a bound on the cost.
const OPENING_CHARS = 20_000;

/** What two versions of one file are compared by: the header and the opening of the text. */
export type StoryFace = Pick<Article, 'title' | 'date' | 'text'>;

/** The part of an article's text kept to compare a later one with (see sameStory). */
export function opening(text: string): string {
  return text.slice(0, OPENING_CHARS);
}

/**
 * Whether `after`, read from a file that held `before`, is the same story edited (a typo fixed, a
 * paragraph added, the headline reworded) or another story saved under the same name. The text
 * decides: another story shares little of it. A new date line is another story when the text moved
 * on too (a follow-up under a new headline, this week's notice under last week's title), else an
 * edit (a corrected or updated date); a reworded headline alone is an edit. Texts too short to tell
 * apart are another story only under a new headline and a new date.
 */
export function sameStory(before: StoryFace, after: StoryFace): boolean {
  const a = shingles(`${before.title ?? ''} ${opening(before.text)}`);
  const b = shingles(`${after.title ?? ''} ${opening(after.text)}`);
  const newDate = before.date !== after.date;
  const newHeader = newDate && (before.title ?? '') !== (after.title ?? '');
  const smaller = Math.min(a.size, b.size);
  if (smaller < TOO_SHORT) return !newHeader;
  let common = 0;
  for (const x of a.size <= b.size ? a : b) if ((a.size <= b.size ? b : a).has(x)) common++;
  const share = common / smaller;
  return share >= (newHeader ? FOLLOW_UP : newDate ? NEXT_NOTICE : FEW_IN_COMMON);
}

/**
 * Whether `before` said too little to be told from anything (a "TBD" saved first, or a read of a file
 * cut short) and `after` is a story. The text cannot decide: whether `before` was posted does (see
 * SqlArticleFiles.upsert), since taken for an edit of a posted placeholder the story is never posted.
 */
export function filledIn(before: StoryFace, after: StoryFace): boolean {
  return (
    shingles(`${before.title ?? ''} ${opening(before.text)}`).size < TOO_SHORT &&
    shingles(`${after.title ?? ''} ${opening(after.text)}`).size >= TOO_SHORT
  );
}
