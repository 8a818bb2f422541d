import type { Sentence } from './sentences.js';
import { cutAtWord, overlap, wordCount } from './text-stats.js';
import { inAsides, isClutter, stripDateline } from './clutter.js';
import {
  briefingCandidates,
  FEATURE_NAMES,
  MAX_ITEM_CHARS,
  MIN_ITEM_CHARS,
  PRONOUN_START,
  CONNECTIVE_START,
  type Candidate,
} from './briefing-features.js';
import { quotedTeaser } from './teasers.js';
import model from './briefing-weights.json' with { type: 'json' };

export { MAX_ITEM_CHARS };
export const MAX_BRIEFING_CHARS = 900;
const MAX_ITEMS = 5;
const MIN_ITEMS = 3;

/** A linear sentence scorer: weights in FEATURE_NAMES order and a bias (see bench/eval/fit-briefing.ts). */
export interface BriefingModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** The briefing stops growing once it has 3 items and this many words. */
  targetWords: number;
  /** Past 3 items, a sentence scoring below this stays out (null: no such floor). */
  minScore?: number | null;
}

const SHIPPED: BriefingModel = model;
if (SHIPPED.features.join() !== FEATURE_NAMES.join()) {
  // Fails at load, in every test, if the features change without refitting: never silently misweighted.
  throw new Error('briefing-weights.json does not match FEATURE_NAMES: run npx tsx bench/eval/fit-briefing.ts');
}

/** The model's score of each candidate (higher: more worth a place in the briefing). */
export function scoreCandidates(candidates: Candidate[], m: BriefingModel = SHIPPED): number[] {
  return candidates.map((c) => c.features.reduce((s, x, i) => s + x * (m.weights[i] ?? 0), m.bias));
}

/**
 * Picks 3–5 of the article's own sentences by the learned score, avoiding near-duplicates and
 * sentences that open with a pronoun whose sentence before is left out, and returns them in article order.
 */
export function buildBriefing(sentences: Sentence[], title: string | null, m: BriefingModel = SHIPPED): string[] {
  const candidates = briefingCandidates(sentences, title);
  const scores = scoreCandidates(candidates, m);
  return selectBriefing(sentences, candidates, scores, m.targetWords, m.minScore ?? null);
}

/** The selection step alone, for a given score per candidate. */
export function selectBriefing(
  sentences: Sentence[],
  candidates: Candidate[],
  scores: number[],
  targetWords: number,
  minScore: number | null = null,
): string[] {
  const ranked = candidates.map((c, i) => ({ c, s: scores[i] ?? 0 })).sort((a, b) => b.s - a.s);
  const order = ranked.map((x) => x.c);
  // A fourth or fifth item has to be worth it on its own: an article with three clear points gets three.
  const scoreOf = new Map(ranked.map((x) => [x.c, x.s]));
  const chosen: Candidate[] = [];
  let chars = 0;
  let words = 0;
  const asides = inAsides(sentences);
  // A sentence from the middle of a quotation that opens "Instead…" or "But…" goes on from the
  // speaker's sentence before it ("“We expected them to nibble at it. Instead they ate it,” she
  // said."): alone, the line answers nothing the reader has seen. It waits for that sentence, as a
  // pronoun does.
  const inside = insideQuotation(sentences);
  const pointsBack = (c: Candidate) =>
    PRONOUN_START.test(c.text) || (inside[c.index] !== null && CONNECTIVE_START.test(c.text));
  const full = () => chosen.length >= MAX_ITEMS || (chosen.length >= MIN_ITEMS && words >= targetWords);
  // A pronoun opening is readable only after its own antecedent sentence: such a sentence waits until
  // the one before it is in, so the list is walked again while it keeps growing.
  for (let grew = true; grew && !full(); ) {
    grew = false;
    for (const c of order) {
      if (full()) break;
      if (minScore !== null && chosen.length >= MIN_ITEMS && (scoreOf.get(c) ?? 0) < minScore) break;
      if (chosen.includes(c) || chars + c.text.length > MAX_BRIEFING_CHARS) continue;
      if (chosen.some((o) => overlap(o.words, c.words) > 0.5)) continue;
      if (pointsBack(c) && !chosen.some((o) => o.index === c.index - 1)) {
        // A sentence too short to be scored ("“We are not going anywhere.”" before "That was the message
        // from striking drivers…") comes in with the one that points back to it, if both fit.
        const before = shortAntecedent(sentences, candidates, asides, c.index - 1);
        if (!before || chosen.length + 2 > MAX_ITEMS || chars + before.text.length + c.text.length > MAX_BRIEFING_CHARS)
          continue;
        chosen.push(before);
        chars += before.text.length + 1;
        words += wordCount(before.text);
      }
      chosen.push(c);
      chars += c.text.length + 1;
      words += wordCount(c.text);
      grew = true;
      break;
    }
  }
  // A short article may have too few sentences that pass the filters: fill from the rest, in order,
  // but never with page furniture (a byline, 'Advertisement') or a note about the article.
  for (const [index, sentence] of sentences.entries()) {
    if (chosen.length >= MIN_ITEMS) break;
    const text = stripDateline(sentence.text);
    if (chosen.some((c) => c.index === index) || isClutter(text) || asides[index]) continue;
    // A sentence the article repeats word for word ("“Yes,” said Ann Lee." twice) is one line.
    if (chosen.some((c) => c.text === text)) continue;
    // A Markdown heading is the title or a section name, never a line of the briefing.
    if (/^#{1,6}\s/.test(text)) continue;
    if (text.length > MAX_ITEM_CHARS || chars + text.length > MAX_BRIEFING_CHARS) continue;
    chosen.push({ index, text, words: [], features: [] });
    chars += text.length + 1;
  }
  // Text with no sentence end in reach (a transcript without punctuation): its opening words, cut.
  const first = sentences[0];
  if (chosen.length === 0 && first)
    chosen.push({ index: 0, text: cutAtWord(stripDateline(first.text), MAX_ITEM_CHARS), words: [], features: [] });
  // A sentence from the middle of a quotation has neither mark and would read as the reporter's own.
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => {
      const mark = inside[c.index];
      if (!mark || /[“”"]/.test(c.text)) return closeQuotes(c.text);
      return mark === '"' ? `"${c.text}"` : `“${c.text}”`;
    });
}

// The sentence at `index` as a briefing item when the scorer never saw it (too short to score), and it
// reads alone: no furniture, no aside, no pronoun of its own to resolve.
function shortAntecedent(
  sentences: Sentence[],
  candidates: Candidate[],
  asides: boolean[],
  index: number,
): Candidate | null {
  const sentence = sentences[index];
  if (!sentence || candidates.some((c) => c.index === index)) return null;
  // A teaser of two short sentences in one quotation ("“We were told it was safe. It wasn’t.”") is one line.
  const teaser = quotedTeaser(sentences, index);
  if (teaser && !candidates.some((c) => sentences[c.index]?.paragraph === sentence.paragraph))
    return asides[teaser.index] || isClutter(teaser.text) ? null : { ...teaser, words: [], features: [] };
  const text = stripDateline(sentence.text);
  if (text.length >= MIN_ITEM_CHARS || isClutter(text) || PRONOUN_START.test(text) || asides[index]) return null;
  return { index, text, words: [], features: [] };
}

// Opening and closing marks; a straight one by its place (not the inch mark of "a 6" pipe").
const OPENS = /“|(?<=^|[\s(—–])"(?=[\p{L}‘'])/gu;
const CLOSES = /”|(?<=[\p{L}.,!?…’'])"(?=[\s).,;:—–]|$)/gu;

// For each sentence, whether it starts inside a quotation an earlier sentence of its paragraph opened
// (a quotation of several paragraphs opens each one again).
// The mark it was opened with ('“' or '"'), else null.
function insideQuotation(sentences: Sentence[]): Array<string | null> {
  let open = 0;
  let mark: string | null = null;
  return sentences.map((s, i) => {
    if (sentences[i - 1]?.paragraph !== s.paragraph) open = 0;
    const inside = open > 0 ? mark : null;
    const opens = s.text.match(OPENS) ?? [];
    if (open === 0 && opens.length > 0) mark = opens[0] === '"' ? '"' : '“';
    open = Math.max(0, open + opens.length - (s.text.match(CLOSES) ?? []).length);
    return inside;
  });
}

/**
 * A sentence taken from inside a quotation of several sentences has only one of its marks: the other
 * is added, so that a line of the briefing never opens a quotation it does not close, or the reverse.
 */
export function closeQuotes(sentence: string): string {
  const opens = (sentence.match(/“/g) ?? []).length;
  const closes = (sentence.match(/”/g) ?? []).length;
  if (opens > closes) return `${sentence}”`;
  if (closes > opens) return `“${sentence}`;
  // Straight marks: an odd one at the start or end is the half of a pair; so is the last one when it
  // opens a quotation after a word ('Ann Lee said: "Tonight…'), or the first when it closes one ('…now," she said').
  if ((sentence.match(/"/g) ?? []).length % 2 === 1) {
    if (sentence.startsWith('"')) return `${sentence}"`;
    if (/"[)\]]?$/.test(sentence)) return `"${sentence}`;
    if (/[\s:(—–]"(?=[\p{L}\p{N}‘'])[^"]*$/u.test(sentence)) return `${sentence}"`;
    if (/^[^"]*[.,!?…]"(?=\s)/u.test(sentence)) return `"${sentence}`;
  }
  return sentence;
}
