import type { ArticleMeta, Subscription } from '../store/types.js';
import { countdownReply } from '../commands/digest-reply.js';
import { postOne, type PostDeps } from './post-one.js';

/** At most this many new articles go to a channel per fire; the rest wait for later fires. */
export const MAX_PER_FIRE = 3;
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
 * One scheduled fire for one channel: the articles after the channel's cursor that it has not had
 * (oldest first, at most MAX_PER_FIRE) are each claimed, posted and marked sent; then the cursor moves
 * past every article the channel is done with. With nothing new, a one-line countdown reminder (unless
 * the subscription turned reminders off). The work depends on what is new, not on how many articles
 * exist. Throws only StoreUnavailableError (and other store failures), which stop the fan-out.
 */
export async function deliverToChannel(sub: Subscription, deps: DeliveryDeps, opts: { reminders?: boolean } = {}): Promise<FireOutcome> {
  const { store, adapter, log, clock } = deps;
  const out: FireOutcome = { posted: [], failed: [], abandoned: [], reminder: false, paused: null };
  const where = { platform: sub.platform, channel: sub.channelId };
  const { seen, pending } = await lookPastCursor(sub, deps);
  const first = sub.firstArticle === null ? null : await firstArticle(sub, deps);
  if (first) pending.unshift(first);
  const done = new Set<string>(seen.filter((s) => s.done).map((s) => s.id));
  for (const article of pending) {
    const result = await postOne(sub, article, deps);
    if (result === 'sent') out.posted.push(article.id);
    else if (result === 'abandoned') out.abandoned.push(article.id);
    else if (result === 'failed') out.failed.push(article.id);
    if (result === 'sent' || result === 'abandoned') done.add(article.id);
    if (typeof result === 'object') {
      out.paused = result.paused;
      await store.setPaused(sub.platform, sub.channelId, result.paused);
      log.warn('subscription paused', { ...where, article: article.id, reason: result.paused });
      const how = `Fix it, then run ${adapter.commandPrefix ?? '/'}subscribe there again.`;
      await adapter.notify?.(sub.createdBy, `Herald stopped posting to channel ${sub.channelId}: ${result.paused}. ${how}`).catch(() => {});
      break;
    }
  }
  // The cursor passes the articles the channel is done with, up to the first it still waits for.
  let cursor = sub.cursor;
  for (const s of seen) {
    if (!done.has(s.id)) break;
    cursor = s.seq;
  }
  if (cursor > sub.cursor) await store.advanceCursor(sub.platform, sub.channelId, cursor);
  if (sub.firstArticle !== null && (first === null || done.has(first.id))) await store.clearFirstArticle(sub.platform, sub.channelId);
  if (out.paused === null && pending.length === 0 && sub.reminders && opts.reminders !== false) await remind(sub, deps, out);
  return out;
}

/** Articles after the cursor in order: which the channel is done with, and the first few it still needs. */
async function lookPastCursor(sub: Subscription, deps: DeliveryDeps): Promise<{ seen: Array<{ id: string; seq: number; done: boolean }>; pending: ArticleMeta[] }> {
  const seen: Array<{ id: string; seq: number; done: boolean }> = [];
  const pending: ArticleMeta[] = [];
  for (let after = sub.cursor; pending.length < MAX_PER_FIRE; ) {
    const batch = await deps.store.articles.after(after, BATCH);
    if (batch.length === 0) break;
    const states = await deps.store.statesAmong(sub.platform, sub.channelId, batch.map((a) => a.id));
    for (const a of batch) {
      // Claimed by a worker that may still fail (or may be dead): not done, so tried (and left if it is busy).
      const done = DONE.has(states.get(a.id) ?? 'failed');
      if (!done && pending.length >= MAX_PER_FIRE) return { seen, pending };
      seen.push({ id: a.id, seq: a.seq, done });
      if (!done) pending.push(a);
      after = a.seq;
    }
  }
  return { seen, pending };
}

/** The newest article at subscription time, when the channel still needs it (it may lie behind the cursor). */
async function firstArticle(sub: Subscription, deps: DeliveryDeps): Promise<ArticleMeta | null> {
  const id = sub.firstArticle ?? '';
  const meta = await deps.store.articles.meta(id);
  if (!meta || meta.seq > sub.cursor) return null; // gone, or ahead of the cursor: the usual look finds it
  const state = (await deps.store.statesAmong(sub.platform, sub.channelId, [id])).get(id);
  return DONE.has(state ?? 'failed') ? null : meta;
}

async function remind(sub: Subscription, deps: DeliveryDeps, out: FireOutcome): Promise<void> {
  const newest = await deps.library.newest();
  if (!newest) return;
  const where = { platform: sub.platform, channel: sub.channelId, article: newest.id };
  const at = deps.clock.now();
  try {
    await deps.adapter.post(sub.channelId, countdownReply(newest, at, sub.timeZone, 'reminder'), `reminder:${newest.id}:${at.toISOString().slice(0, 16)}`);
    out.reminder = true;
    deps.log.info('reminder posted', where);
  } catch (err) {
    deps.log.warn('reminder failed', { ...where, err });
  }
}
