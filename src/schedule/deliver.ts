import { dayStartingAt } from '../time/calendar.js';
import type { ArticleMeta, Subscription } from '../store/types.js';
import { reminderReply } from '../chat/digest-reply.js';
import { FeedFilter } from '../feeds/filter.js';
import { postOne, type PostDeps } from './post-one.js';
import { postRoundup } from './post-roundup.js';
import { ChannelUnavailableError } from '../errors.js';
import { staleBefore } from './stale.js';

/** At most this many new articles go to a channel per fire; the rest wait for later fires. */
export const MAX_PER_FIRE = 3;
/** A roundup takes up to this many new articles in one post (over several messages if need be). */
export const MAX_PER_ROUNDUP = 50;
// Articles read from the index at a time while looking past the cursor.
const BATCH = 100;
// Delivery states a channel is done with: the cursor may pass them.
const DONE = new Set(['sent', 'abandoned', 'skipped']);

export type DeliveryDeps = PostDeps;

export interface FireOutcome {
  posted: string[];
  failed: string[];
  /** Refused by the platform for good: not retried. */
  abandoned: string[];
  reminder: boolean;
  paused: string | null;
}

/**
 * One scheduled fire for one channel: the articles after the channel's cursor that it takes (its
 * sources and topics) and has not had, oldest first, are claimed, posted (one post each, or one
 * roundup) and marked sent; then the cursor moves past every article the channel is done with or
 * does not take. With nothing new, a one-line countdown reminder while the newest article's key date
 * is ahead (unless turned off). The work depends on what is new, not on how many articles exist.
 * Throws only store failures, which stop the fan-out.
 */
export async function deliverToChannel(
  sub: Subscription,
  deps: DeliveryDeps,
  opts: { reminders?: boolean; passOver?: boolean } = {},
): Promise<FireOutcome> {
  const { store, adapter, log } = deps;
  const out: FireOutcome = { posted: [], failed: [], abandoned: [], reminder: false, paused: null };
  let pausedOn: string | null = null;
  const filter = await FeedFilter.for(sub, store);
  const { seen, pending, more, passed } = await lookPastCursor(
    sub,
    deps,
    filter,
    sub.format === 'roundup' ? MAX_PER_ROUNDUP : MAX_PER_FIRE,
    opts.passOver === false ? null : staleBefore(sub, deps.clock.now()),
  );
  if (passed > 0)
    log.debug('articles passed over: they waited past two fires', {
      platform: sub.platform,
      channel: sub.channelId,
      count: passed,
    });
  const first = sub.firstArticle === null ? null : await firstArticle(sub, deps, filter);
  if (first) pending.unshift(first);
  const done = new Set<string>(seen.filter((s) => s.done).map((s) => s.id));
  if (sub.format === 'roundup' && pending.length > 0) {
    const r = await postRoundup(sub, pending, deps, more);
    Object.assign(out, { posted: r.posted, failed: r.failed, abandoned: r.abandoned, paused: r.paused });
    pausedOn = pending[0]?.id ?? null;
    for (const id of [...r.posted, ...r.abandoned]) done.add(id);
  } else {
    for (const article of pending) {
      const result = await postOne(sub, article, deps);
      if (result === 'sent') out.posted.push(article.id);
      else if (result === 'abandoned') out.abandoned.push(article.id);
      else if (result === 'failed') out.failed.push(article.id);
      if (result === 'sent' || result === 'abandoned') done.add(article.id);
      if (typeof result === 'object') {
        out.paused = result.paused;
        pausedOn = article.id;
        break;
      }
    }
  }
  if (
    out.paused === null &&
    pending.length === 0 &&
    sub.reminders &&
    opts.reminders !== false &&
    firstFireToday(sub, deps)
  )
    pausedOn = await remind(sub, deps, filter, out);
  if (out.paused !== null) {
    await store.setPaused(sub.platform, sub.channelId, out.paused);
    log.warn('subscription paused', {
      platform: sub.platform,
      channel: sub.channelId,
      article: pausedOn,
      reason: out.paused,
    });
    await adapter
      .notify?.(sub.createdBy, {
        channelId: sub.channelId,
        reason: out.paused,
        resume: `${adapter.commandPrefix ?? '/'}subscribe`,
      })
      .catch(() => {});
  }
  // The cursor passes the articles the channel is done with, up to the first it still waits for.
  let cursor = sub.cursor;
  for (const s of seen) {
    if (!done.has(s.id)) break;
    cursor = s.seq;
  }
  if (cursor > sub.cursor) await store.advanceCursor(sub.platform, sub.channelId, cursor);
  if (sub.firstArticle !== null && (first === null || done.has(first.id)))
    await store.clearFirstArticle(sub.platform, sub.channelId);
  return out;
}

/**
 * Articles after the cursor in order: which the channel is done with (had, gave up, does not take,
 * or has waited for since before `stale`), and the first `limit` it still needs; `more` when it
 * needs others past those; `passed`, how many it passed over as stale.
 */
export async function lookPastCursor(
  sub: Subscription,
  deps: Pick<DeliveryDeps, 'store'>,
  filter: FeedFilter,
  limit: number,
  stale: number | null = null,
): Promise<{
  seen: Array<{ id: string; seq: number; done: boolean }>;
  pending: ArticleMeta[];
  more: boolean;
  passed: number;
}> {
  const seen: Array<{ id: string; seq: number; done: boolean }> = [];
  const pending: ArticleMeta[] = [];
  let passed = 0;
  // A story another source carries comes at two places; the channel deals with it at the first, and
  // the later place is done only when the first is (else the cursor, which passes what is done by id,
  // would pass a story still to be posted: a failed post lost).
  const met = new Map<string, boolean>();
  // A file with the very text of another (copied under a new name) is that story: the channel deals
  // with it at the first, as above; one the channel is past already is done.
  const metText = new Map<string, boolean>();
  for (let after = sub.cursor; pending.length < limit; ) {
    const batch = await deps.store.articles.after(after, BATCH);
    if (batch.length === 0) break;
    const states = await deps.store.statesAmong(
      sub.platform,
      sub.channelId,
      batch.map((a) => a.id),
    );
    const files = batch.filter((a) => a.kind === 'file' && a.via === undefined).map((a) => a.hash);
    const past = files.length > 0 ? await deps.store.articles.filesWithText(files, sub.cursor) : null;
    for (const h of past?.keys() ?? []) metText.set(h, true);
    // A copy made before the file it was copied from was edited holds that file's earlier text.
    const edited = files.length > 0 ? await deps.store.articles.editedTexts(files) : null;
    const copyOfEdited = (a: ArticleMeta): boolean | undefined => {
      for (const o of edited?.get(a.hash) ?? []) if (o.seq < a.seq) return o.seq <= sub.cursor ? true : met.get(o.id);
      return undefined;
    };
    for (const a of batch) {
      const copy = a.kind === 'file' && a.via === undefined ? (metText.get(a.hash) ?? copyOfEdited(a)) : undefined;
      const first = met.get(a.id) ?? (DONE.has(states.get(a.id) ?? 'failed') ? undefined : copy);
      if (first !== undefined) {
        seen.push({ id: a.id, seq: a.seq, done: first });
        after = a.seq;
        continue;
      }
      // Claimed by a worker that may still fail (or may be dead): not done, so tried (and left if it is busy).
      let done = DONE.has(states.get(a.id) ?? 'failed');
      if (!done && !(await filter.check(a, () => deps.store.articles.get(a.id))).ok) done = true;
      // Never tried, and waited too long: passed over (a post that failed is tried again, as before).
      if (!done && stale !== null && !states.has(a.id) && Date.parse(a.createdAt) < stale) {
        done = true;
        passed++;
      }
      met.set(a.id, done);
      if (a.kind === 'file' && a.via === undefined) metText.set(a.hash, done);
      if (!done && pending.length >= limit) return { seen, pending, more: true, passed };
      seen.push({ id: a.id, seq: a.seq, done });
      if (!done) pending.push(a);
      after = a.seq;
    }
  }
  return { seen, pending, more: false, passed };
}

/** The newest article at subscription time, when the channel takes it and still needs it (it may lie behind the cursor). */
export async function firstArticle(
  sub: Subscription,
  deps: Pick<DeliveryDeps, 'store'>,
  filter: FeedFilter,
): Promise<ArticleMeta | null> {
  const id = sub.firstArticle ?? '';
  const meta = await deps.store.articles.meta(id);
  if (!meta || meta.seq > sub.cursor) return null; // gone, or ahead of the cursor: the usual look finds it
  if (!(await filter.check(meta, () => deps.store.articles.get(id))).ok) return null;
  const state = (await deps.store.statesAmong(sub.platform, sub.channelId, [id])).get(id);
  return DONE.has(state ?? 'failed') ? null : meta;
}

// A countdown line at most once a local day: an hourly channel with nothing new got the same line
// 24 times a day. Its day starts at 09:00 on the local clock, so an hourly channel's line comes in the
// morning, not at midnight, on the days the clocks change too. The subscription as read before this
// fire holds the previous fire's time.
const REMINDER_DAY_STARTS_HOUR = 9;
function firstFireToday(sub: Subscription, deps: Pick<DeliveryDeps, 'clock'>): boolean {
  if (sub.lastFireAt === null) return true;
  const day = (t: Date) => dayStartingAt(t, sub.timeZone, REMINDER_DAY_STARTS_HOUR);
  return day(new Date(sub.lastFireAt)) !== day(deps.clock.now());
}

// The newest article the channel takes, among the newest few (a reminder is not worth a long search).
const REMINDER_LOOK = 50;

// Posts the countdown line; a channel it finds closed to Herald is paused as a post would pause it
// (a quiet channel may go weeks without a post to find out). Returns the article it was about.
async function remind(
  sub: Subscription,
  deps: DeliveryDeps,
  filter: FeedFilter,
  out: FireOutcome,
): Promise<string | null> {
  let newest = null;
  for (const m of await deps.store.articles.newest(REMINDER_LOOK)) {
    if ((await filter.check(m, () => deps.store.articles.get(m.id))).ok) {
      newest = await deps.store.articles.get(m.id);
      break;
    }
  }
  if (!newest) return null;
  const where = { platform: sub.platform, channel: sub.channelId, article: newest.id };
  const at = deps.clock.now();
  const reply = reminderReply(newest, at, sub.timeZone);
  if (!reply) {
    deps.log.debug('no reminder: the newest article has no date ahead', where);
    return null;
  }
  try {
    await deps.adapter.post(sub.channelId, reply, `reminder:${newest.id}:${at.toISOString().slice(0, 16)}`);
    out.reminder = true;
    deps.log.info('reminder posted', where);
  } catch (err) {
    if (err instanceof ChannelUnavailableError) out.paused = err.reason;
    deps.log.warn('reminder failed', { ...where, err });
  }
  return newest.id;
}
