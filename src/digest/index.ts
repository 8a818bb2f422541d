import { createHash } from 'node:crypto';
import type { Article } from '../article/types.js';
import type { DateMention, Digest, DigestCore } from './types.js';
import { type Sentence, splitSentences } from './sentences.js';
import { extractQuotes } from './quotes.js';
import { extractDates } from './dates.js';
import { findKeyDate } from './key-date.js';
import { inQuotations } from './key-date-quoted.js';
import { buildBriefing } from './briefing.js';
import { countdown } from './countdown.js';
import { inAsides, isClutter, stripDateline } from './clutter.js';
import { PRONOUN_START } from './briefing-features.js';
import { quotedTeaser } from './teasers.js';
import { normalizeWithMap } from '../article/normalize.js';
import { MAX_TEXT_CHARS } from '../article/limits.js';

const HEADLINE_MAX = 120;
const CACHE_MAX = 500;
const cache = new Map<string, DigestCore>();
const byObject = new WeakMap<Article, DigestCore>();

/**
 * Builds the clock-independent part of a digest. Pure; cached by the article's content hash. An
 * article from the index carries its version hash (`hash`), so a hit costs no hashing of the text
 * (hashing a 1 MB article took 11 ms); `key` gives it explicitly.
 */
export function buildDigest(article: Article & { hash?: string }, key = article.hash): DigestCore {
  const seen = byObject.get(article);
  if (seen) return seen;
  const k =
    key === undefined
      ? createHash('sha256').update(JSON.stringify(article)).digest('hex')
      : `${article.id}\u0000${key}`;
  let core = cache.get(k);
  if (core)
    cache.delete(k); // re-inserted below: the least recently used entry goes first
  else core = compute(article);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(k, core);
  byObject.set(article, core);
  return core;
}

/** The full Digest JSON for a reader at `now` in `timeZone`. */
export function digestAt(article: Article, now: Date, timeZone = 'UTC'): Digest {
  const core = buildDigest(article);
  return { ...core, countdown: countdown(core.keyDate, now, timeZone) };
}

function compute(article: Article): DigestCore {
  // Byte-order marks and CRLF are dropped for reading, and offsets mapped back to the text as given.
  const normalized = normalizeWithMap(readPart(article.text));
  // Guillemets, as translated copy prints quotations («…»), read as the curly marks English news
  // uses. French copy sets a space inside them (« Nous … »): the mark trades places with the space, so
  // the quotation starts at its first word and offsets still do not move.
  const text = normalized.text
    .replace(/«[ \u00A0\u202F]*/g, (m) => `${' '.repeat(m.length - 1)}“`)
    .replace(/[ \u00A0\u202F]*»/g, (m) => `”${' '.repeat(m.length - 1)}`);
  const back = <T extends { start: number; end: number }>(x: T): T => {
    const [start, end] = normalized.toOriginal(x.start, x.end);
    return { ...x, start, end };
  };
  const sentences = splitSentences(text);
  const dates = extractDates(text, sentences, article.date);
  const given = article.keyDate;
  const keyDate = given
    ? { ...given, sentence: sentences.find((s) => s.text.includes(given.date))?.text ?? given.label }
    : findKeyDate(dates, sentences, article.date, text.length, article.title, quotedDates(text, dates));
  return {
    article: { id: article.id, title: article.title, date: article.date, source: article.source, url: article.url },
    headline: article.title ?? closeUp(headlineFrom(sentences)),
    briefing: buildBriefing(sentences, article.title).map(closeUp),
    quotes: extractQuotes(text).map(back),
    dates: dates.map(back),
    keyDate,
  };
}

// A text past MAX_TEXT_CHARS is read up to its last paragraph break before it: a 2 MB file took
// 2 s to read, and every command waited. The offsets of what is read do not move.
function readPart(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const cut = text.lastIndexOf('\n\n', MAX_TEXT_CHARS);
  return text.slice(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
}

// The space a guillemet left after its closing mark ("” , said") is closed up where a reader sees it.
function closeUp(line: string): string {
  return line.replace(/”[ \u00A0\u202F]+(?=[,.;:!?])/g, '”');
}

function headlineFrom(sentences: Sentence[]): string {
  const texts = sentences.map((s) => stripDateline(s.text));
  const asides = inAsides(sentences);
  const newsAt = texts.flatMap((s, i) => (!isClutter(s) && !asides[i] ? [i] : []));
  const news = newsAt.map((i) => texts[i] as string);
  // A feature's teaser ("They came from all over the world to say goodbye.") names no one: the next
  // sentence, which says who, is the headline.
  let lead = (PRONOUN_START.test(news[0] ?? '') ? news[1] : undefined) ?? news[0] ?? texts[0] ?? '';
  // A quotation of two short sentences ("“We were told it was safe. It wasn’t.”") is whole, never cut at its first.
  const teaser = newsAt[0] === undefined ? null : quotedTeaser(sentences, newsAt[0]);
  if (teaser && teaser.index === newsAt[0]) lead = teaser.text;
  const clean = lead.replace(/\s+/g, ' ').trim();
  if (clean.length <= HEADLINE_MAX) return clean.replace(/[.]$/, '');
  const cut = clean.slice(0, HEADLINE_MAX);
  // Prefer ending at a clause ("…, stated Zelenskyy") over ending mid-phrase; else at a word.
  const clause = Math.max(...[', ', '; ', ' – ', ' — '].map((mark) => cut.lastIndexOf(mark)));
  const end = clause >= 60 ? clause : cut.lastIndexOf(' ');
  return `${cut.slice(0, end).replace(/[,;:]$/, '')}…`;
}

/**
 * The briefing items a reader has not just read in the headline. An untitled article's headline is
 * its lead sentence: when that sentence is whole in the headline, it is not repeated as the first
 * item; when the headline had to cut it, the item stays (it holds the rest), unless `orNext` asks
 * for the items from the next one on (a roundup entry, which shows one item).
 */
export function briefingAfterHeadline(
  d: Pick<DigestCore, 'article' | 'headline' | 'briefing'>,
  orNext = false,
): string[] {
  const [first, ...rest] = d.briefing;
  if (d.article.title !== null || first === undefined) return d.briefing;
  const lead = first.replace(/\s+/g, ' ').trim();
  if (lead.replace(/[.]$/, '') === d.headline) return rest;
  const cut = d.headline.endsWith('…') && lead.startsWith(d.headline.slice(0, -1));
  return cut && orNext && rest.length > 0 ? rest : d.briefing;
}

// The days named inside a direct quotation: a speaker's words, weighed apart for the countdown.
function quotedDates(text: string, dates: DateMention[]): Set<DateMention> {
  const inside = inQuotations(text, dates);
  return new Set(dates.filter((_, i) => inside[i]));
}
