import type { Article } from '../article/types.js';
import type { ArticleLibrary } from '../article/library.js';
import type { ChatAdapter, Clock } from '../chat/adapter.js';
import { ChannelUnavailableError } from '../chat/adapter.js';
import type { Store, Subscription } from '../store/types.js';
import type { Logger } from '../log.js';
import { countdownReply, digestReply } from '../commands/digest-reply.js';

/** At most this many new articles go to a channel per fire; the rest wait for later fires. */
export const MAX_PER_FIRE = 3;

export interface DeliveryDeps {
  store: Store;
  library: ArticleLibrary;
  adapter: ChatAdapter;
  log: Logger;
  clock: Clock;
  /** Retries of one failed post, with exponential backoff from `backoffMs`. */
  maxRetries: number;
  backoffMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface FireOutcome {
  posted: string[];
  failed: string[];
  reminder: boolean;
  paused: string | null;
}

/**
 * One scheduled fire for one channel: each article the channel has not had (oldest first, at most
 * MAX_PER_FIRE) is claimed in the store, posted, then marked sent. With nothing new, a one-line
 * countdown reminder (unless the subscription turned reminders off). Never throws.
 */
export async function deliverToChannel(sub: Subscription, deps: DeliveryDeps): Promise<FireOutcome> {
  const { store, library, adapter, log, clock } = deps;
  const out: FireOutcome = { posted: [], failed: [], reminder: false, paused: null };
  const where = { platform: sub.platform, channel: sub.channelId };
  const all = library.list();
  const handled = store.handledArticles(sub.platform, sub.channelId);
  const pending = all.filter((a) => !handled.has(a.id)).reverse().slice(0, MAX_PER_FIRE);
  for (const article of pending) {
    if (!store.claimDelivery(sub.platform, sub.channelId, article.id, clock.now().toISOString())) continue;
    const result = await postWithRetry(sub, article, deps);
    if (result === 'sent') out.posted.push(article.id);
    else if (result === 'failed') out.failed.push(article.id);
    else {
      out.paused = result.paused;
      store.setPaused(sub.platform, sub.channelId, result.paused);
      log.warn('subscription paused', { ...where, article: article.id, reason: result.paused });
      if (adapter.notify) {
        await adapter.notify(sub.createdBy, `Herald stopped posting to channel ${sub.channelId}: ${result.paused}. Fix it, then run ${adapter.commandPrefix ?? '/'}subscribe there again.`).catch(() => {});
      }
      return out;
    }
  }
  const newest = all[0];
  if (pending.length === 0 && sub.reminders && newest) {
    try {
      await adapter.post(sub.channelId, countdownReply(newest, clock.now(), sub.timeZone, 'reminder'), `reminder:${newest.id}:${clock.now().toISOString().slice(0, 16)}`);
      out.reminder = true;
      log.info('reminder posted', { ...where, article: newest.id });
    } catch (err) {
      log.warn('reminder failed', { ...where, article: newest.id, err });
    }
  }
  return out;
}

async function postWithRetry(sub: Subscription, article: Article, deps: DeliveryDeps): Promise<'sent' | 'failed' | { paused: string }> {
  const { store, adapter, log, clock } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const where = { platform: sub.platform, channel: sub.channelId, article: article.id };
  const key = `${sub.platform}:${sub.channelId}:${article.id}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = digestReply(article, clock.now(), sub.timeZone, adapter.commandPrefix ?? '/');
      const { messageId } = await adapter.post(sub.channelId, reply, key);
      store.markSent(sub.platform, sub.channelId, article.id, clock.now().toISOString(), messageId);
      log.info('digest posted', { ...where, messageId, attempts: attempt + 1 });
      return 'sent';
    } catch (err) {
      if (err instanceof ChannelUnavailableError) {
        store.releaseDelivery(sub.platform, sub.channelId, article.id, err.reason);
        return { paused: err.reason };
      }
      if (attempt >= deps.maxRetries) {
        store.releaseDelivery(sub.platform, sub.channelId, article.id, err instanceof Error ? err.message : String(err));
        log.error('digest post failed; will retry at the next fire', { ...where, attempts: attempt + 1, err });
        return 'failed';
      }
      log.warn('digest post failed; retrying', { ...where, attempt: attempt + 1, err });
      await sleep(deps.backoffMs * 2 ** attempt);
    }
  }
}
