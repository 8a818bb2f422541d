import type { Sentence } from './sentences.js';
import { contentWords, overlap, wordCount } from './text-stats.js';
import { inAsides, isClutter, stripCaption, stripDateline } from './clutter.js';

/** Longest sentence a briefing takes, in characters. */
export const MAX_ITEM_CHARS = 300;
/** Shortest sentence the scorer weighs, in characters. */
export const MIN_ITEM_CHARS = 30;

/**
 * What the briefing scorer knows about a sentence. Every feature is cheap and computed in one pass
 * over the article (no sentence-by-sentence graph), so a digest stays linear in the article's length.
 */
export const FEATURE_NAMES = [
  'position', // 1 / (1 + rank among candidate sentences)
  'first', // the first candidate
  'early', // among the first three candidates
  'depth', // index / number of sentences: how far into the article
  'paragraphStart', // opens its paragraph
  'words', // length in words / 30
  'wordsOff', // ((words - 25) / 15)², far from a middling length
  'central', // the article's recurring vocabulary the sentence carries
  'centroid', // tf-idf cosine with the whole article
  'leadSimilarity', // word overlap with the first candidate
  'title', // word overlap with the title (0 without one)
  'quoted', // share of characters inside quotation marks
  'startsQuoted', // opens with a quotation mark
  'numbers', // share of words with a digit
  'capitals', // share of capitalised words after the first: names, places
  'pronounStart', // opens with He, It, This, They…: reads badly alone
  'connectiveStart', // opens with But, And, However, Also…
  'question', // ends with a question or exclamation mark
  // among the first three, times the article's length (sentences / 30, at most 2): a long story leads
  // with its point
  'earlyInLong',
  // sentences / 30, at most 2: the same for every sentence, it moves the score floor for a 4th and 5th item
  'articleLength',
] as const;

/** A sentence that may go into a briefing, with its features in FEATURE_NAMES order. */
export interface Candidate {
  index: number;
  text: string;
  words: string[];
  features: number[];
}

/** A pronoun or demonstrative that needs the sentence before it to be understood. */
export const PRONOUN_START = /^(?:He|She|It|They|His|Her|Its|Their|This|These|That|Those|We)\b/;
/** A connective that links its sentence to the one before it. */
export const CONNECTIVE_START = /^(?:But|And|However|So|Also|Meanwhile|Yet|Still|Instead|Then)\b/;

function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/[“"‘][^“”"‘’]{2,}?[”"’](?!\p{L})/gu)) inside += m[0].length;
  return Math.min(1, inside / Math.max(1, text.length));
}

function idfWeights(all: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const ws of all) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = all.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log((1 + n) / (1 + d)) + 1);
  return idf;
}

function cosineToCentroid(
  ws: string[],
  centroid: Map<string, number>,
  centroidNorm: number,
  idf: Map<string, number>,
): number {
  const tf = new Map<string, number>();
  for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
  let dot = 0;
  let norm = 0;
  for (const [w, f] of tf) {
    const x = f * (idf.get(w) ?? 1);
    dot += x * (centroid.get(w) ?? 0);
    norm += x * x;
  }
  return norm === 0 || centroidNorm === 0 ? 0 : dot / (Math.sqrt(norm) * centroidNorm);
}

/** The article's sentences that a briefing may use (no furniture, no fragments), with their features. */
export function briefingCandidates(sentences: Sentence[], title: string | null): Candidate[] {
  const all = sentences.map((s) => contentWords(s.text));
  const freq = new Map<string, number>();
  for (const ws of all) for (const w of new Set(ws)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const idf = idfWeights(all);
  const centroid = new Map<string, number>();
  for (const ws of all) for (const w of ws) centroid.set(w, (centroid.get(w) ?? 0) + (idf.get(w) ?? 1));
  const centroidNorm = Math.sqrt([...centroid.values()].reduce((s, x) => s + x * x, 0));
  const titleWords = title ? contentWords(title) : [];
  const length = Math.min(2, sentences.length / 30);
  const asides = inAsides(sentences);
  const out: Candidate[] = [];
  let lead: string[] | null = null;
  sentences.forEach((s, index) => {
    const text = stripCaption(stripDateline(s.text));
    if (text.length < MIN_ITEM_CHARS || text.length > MAX_ITEM_CHARS || isClutter(text) || asides[index]) return;
    const ws = all[index] ?? [];
    if (ws.length < 4) return;
    lead ??= ws;
    const rank = out.length;
    const n = wordCount(text);
    const tokens = text.split(/\s+/);
    const features = [
      1 / (1 + rank),
      rank === 0 ? 1 : 0,
      rank < 3 ? 1 : 0,
      index / Math.max(1, sentences.length),
      sentences[index - 1]?.paragraph !== s.paragraph ? 1 : 0,
      n / 30,
      ((n - 25) / 15) ** 2,
      ws.reduce((sum, w) => sum + Math.min(3, (freq.get(w) ?? 1) - 1), 0) / Math.sqrt(ws.length) / 3,
      cosineToCentroid(ws, centroid, centroidNorm, idf),
      rank === 0 ? 1 : overlap(ws, lead),
      titleWords.length > 0 ? overlap(ws, titleWords) : 0,
      quotedShare(text),
      /^[“"‘']/.test(text) ? 1 : 0,
      tokens.filter((t) => /\d/.test(t)).length / tokens.length,
      tokens.slice(1).filter((t) => /^\p{Lu}/u.test(t)).length / Math.max(1, tokens.length - 1),
      PRONOUN_START.test(text) ? 1 : 0,
      CONNECTIVE_START.test(text) ? 1 : 0,
      /[?!]["'”’)]*$/.test(text) ? 1 : 0,
      rank < 3 ? length : 0,
      length,
    ];
    out.push({ index, text, words: ws, features });
  });
  return out;
}
