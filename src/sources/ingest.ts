import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { FetchCommit, SourceRecord, SourceStore } from '../store/types.js';
import { articleIdBase, contentHash, itemKeys, sharedKeys } from './keys.js';
import { normalizeInput } from '../article/normalize.js';
import { MAX_TEXT_CHARS } from '../article/limits.js';
import { readSource, withFullText } from './read-source.js';
import type { FetchLimits, SourceItem, SourceRead } from './types.js';
import { SourceError } from '../errors.js';
import type { Clock } from '../clock.js';

const MAX_BACKOFF_MINUTES = 24 * 60;

/** What fetching and storing one source needs. */
export interface IngestDeps {
  store: SourceStore;
  clock: Clock;
  log: Logger;
  limits: FetchLimits;
  metrics?: Metrics;
}

/** How one fetch of a source went. */
export interface PollOutcome {
  sourceId: string;
  status: 'ok' | 'not-modified' | 'failed';
  /** Ids of the articles stored by this fetch. */
  added: string[];
  error: string | null;
  /** Why a failed fetch failed, when Herald knows (a SourceError's code). */
  code?: SourceError['code'];
  /** Another instance was polling it: nothing was done here. */
  skipped?: boolean;
}

/**
 * Fetches one source and stores what is new. Known items (by guid, normalized URL or content hash)
 * are skipped; on the source's first fetch only the newest item is stored and the rest are recorded
 * as seen. A failure is recorded on the source (last error, next try after exponential backoff) and
 * logged as one line naming it. Never throws.
 */
export async function pollSource(source: SourceRecord, deps: IngestDeps): Promise<PollOutcome> {
  const { store, clock, log, limits } = deps;
  const at = clock.now();
  const where = { source: source.id, url: source.url };
  try {
    const cond = source.fetchedOnce ? { etag: source.etag, lastModified: source.lastModified } : undefined;
    const read = await readSource(source.url, limits, cond, source.kind === 'feed');
    const nextFetchAt = new Date(at.getTime() + source.everyMinutes * 60_000).toISOString();
    const base = { sourceId: source.id, at: at.toISOString(), nextFetchAt, seen: [], articles: [] };
    if ('notModified' in read) {
      await store.commitFetch({
        ...base,
        etag: source.etag,
        lastModified: source.lastModified,
        name: null,
        kind: null,
      });
      log.debug('source not modified', where);
      return { sourceId: source.id, status: 'not-modified', added: [], error: null };
    }
    if (read.total > read.items.length)
      log.info('feed capped to its newest items', { ...where, items: read.total, read: read.items.length });
    // One kind of line end and no byte-order marks before anything is hashed or stored, so a CRLF
    // copy of an item is the same item.
    const items = publishedBy(read.items.map(normalizeItem), at);
    const shared = sharedKeys(source.id, items);
    const keysOf = (item: SourceItem, hashes: string[]): string[] =>
      itemKeys(source.id, item, hashes).filter((k) => !shared.has(k));
    const { candidates, seen, known, carriedBefore, listed } = await plan(source, items, store, keysOf);
    const full = (
      await withFullText(candidates, limits, (item, err) =>
        log.debug('article page not read; keeping the feed summary', { ...where, item: item.url, error: message(err) }),
      )
    ).map(normalizeItem);
    const commit: FetchCommit = {
      ...base,
      etag: read.etag,
      lastModified: read.lastModified,
      name: normalized(read.title),
      kind: read.kind,
      seen,
      known,
      carriedBefore,
      listed,
      articles: [],
    };
    for (const [i, item] of full.entries()) {
      const made = newArticle(source, read, item, candidates[i] ?? item, at, keysOf);
      if (made) commit.articles.push(made);
      else seen.push(...keysOf(item, []));
    }
    // Oldest first, so that sequence numbers (the order channels get them in) follow publication.
    commit.articles.reverse().sort((a, b) => (a.article.date ?? '').localeCompare(b.article.date ?? ''));
    const added = await store.commitFetch(commit);
    // A poll that brought nothing is routine (about 100 a day per feed): kept out of the info log.
    const fetched = { ...where, kind: read.kind, items: read.items.length, added };
    (added.length > 0 ? log.info : log.debug)('source fetched', fetched);
    return { sourceId: source.id, status: 'ok', added, error: null };
  } catch (err) {
    const text = message(err);
    // Cut short by the poller's stop: not the source's fault, so no failure is counted.
    if (limits.signal?.aborted) return { sourceId: source.id, status: 'failed', added: [], error: text };
    deps.metrics?.sourceFetchError(err instanceof SourceError ? err.code : 'error');
    const failures = source.failures + 1;
    let delay =
      Math.min(source.everyMinutes * 2 ** Math.min(failures, 10), Math.max(MAX_BACKOFF_MINUTES, source.everyMinutes)) *
      60_000;
    if (err instanceof SourceError && err.retryAfterSeconds) delay = Math.max(delay, err.retryAfterSeconds * 1000);
    const nextTry = new Date(at.getTime() + delay).toISOString();
    try {
      await store.recordFailure(source.id, at.toISOString(), text, nextTry);
    } catch (storeErr) {
      log.error('source failure not recorded', { ...where, err: storeErr });
    }
    if (err instanceof SourceError)
      log.warn('source fetch failed', { ...where, error: text, code: err.code, failures, nextTry });
    else log.error('source fetch failed', { ...where, error: text, failures, nextTry, err });
    return {
      sourceId: source.id,
      status: 'failed',
      added: [],
      error: text,
      ...(err instanceof SourceError ? { code: err.code } : {}),
    };
  }
}

/**
 * Items dated after tomorrow (the day of `at` plus one, for time zones) cannot have been published
 * yet: a wrong year, or an events feed giving the event's day. They are dated the day they are read
 * and go after the dated items, so a first fetch does not take one for the feed's newest item and no
 * such item stays the newest article for years.
 */
export function publishedBy(items: SourceItem[], at: Date): SourceItem[] {
  const ahead = (i: SourceItem): boolean => i.date !== null && publishedDay(i.date, at) !== i.date;
  if (!items.some(ahead)) return items;
  return [...items.filter((i) => !ahead(i)), ...items.filter(ahead).map((i) => ({ ...i, date: null }))];
}

// An item's publication day: its own, unless missing or after tomorrow, then the day it was read.
function publishedDay(date: string | null, at: Date): string {
  const tomorrow = new Date(at.getTime() + 86_400_000).toISOString().slice(0, 10);
  return date !== null && date <= tomorrow ? date : at.toISOString().slice(0, 10);
}

/** The keys an item is known by in this fetch (without the ones its items share). */
type KeysOf = (item: SourceItem, hashes: string[]) => string[];

/**
 * Splits a fetch's items into the ones to store, the keys to record as seen, and the items another
 * source stored first, which this one now carries too.
 */
async function plan(
  source: SourceRecord,
  items: SourceItem[],
  store: SourceStore,
  keysOf: KeysOf,
): Promise<{
  candidates: SourceItem[];
  seen: string[];
  known: string[][];
  carriedBefore: string[][];
  listed: string[];
}> {
  const candidates: SourceItem[] = [];
  const seen: string[] = [];
  const listed: string[] = [];
  const known: string[][] = [];
  const carriedBefore: string[][] = [];
  let newest = true;
  for (const item of items) {
    if (!item.text && !item.title) continue;
    const keys = keysOf(item, item.text ? [contentHash(item.text)] : []);
    const met = await store.seenKeys(keys);
    // On the first fetch only the newest item is news; the others were published before Herald looked.
    const news = source.fetchedOnce || newest;
    newest = false;
    if (met.size === 0) {
      if (news) candidates.push(item);
      else seen.push(...keys);
      continue;
    }
    listed.push(...met.keys());
    const mine = [...met.values()].some((k) => k.sourceId === source.id);
    const stored = [...met.values()].some((k) => k.articleId !== null);
    // Another source's article, met here for the first time: carried (a wire story two communities
    // follow); as news, or, an older item of a first fetch, only listed. With no guid of this source's
    // own, the next fetch meets it again and finds it carried.
    if (!mine && stored) (news ? known : carriedBefore).push(keys);
    // A known item may come back under a new guid or URL: remember those too, so they stay known.
    else seen.push(...keys.filter((k) => !met.has(k)));
  }
  return { candidates, seen, known, carriedBefore, listed };
}

function newArticle(
  source: SourceRecord,
  read: SourceRead,
  item: SourceItem,
  summary: SourceItem,
  at: Date,
  keysOf: KeysOf,
): FetchCommit['articles'][number] | null {
  const text = (item.text || item.title || '').slice(0, MAX_TEXT_CHARS);
  if (text.trim() === '') return null;
  // An article page read for the item may give a day ahead too.
  const date = publishedDay(item.date, at);
  const hash = contentHash(text);
  const hashes = summary.text ? [contentHash(summary.text), hash] : [hash];
  return {
    idBase: articleIdBase(date, item.title, text),
    keys: keysOf(item, hashes),
    article: {
      sourceId: source.id,
      sourceName: source.name ?? normalized(read.title) ?? hostOf(source.url),
      url: item.url ?? (read.kind === 'page' ? read.finalUrl : null),
      guid: item.guid,
      title: item.title,
      date,
      text,
      createdAt: at.toISOString(),
    },
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function normalizeItem(item: SourceItem): SourceItem {
  return { ...item, text: normalizeInput(item.text), title: normalized(item.title) };
}

// A title, the feed's or an item's, normalised as every input is (a right-to-left override in a feed's
// title turned its posts' credit line backwards); null when the feed gives none.
function normalized(text: string | null): string | null {
  return text === null ? null : normalizeInput(text);
}

/** One line for a failure: a SourceError's own message, anything else marked unexpected. */
export function message(err: unknown): string {
  if (err instanceof SourceError) return err.message;
  return `unexpected error: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300);
}
