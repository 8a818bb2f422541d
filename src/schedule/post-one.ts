import type { ChatAdapter, Clock } from '../chat/adapter.js';
import { ChannelUnavailableError, PermanentPostError } from '../chat/adapter.js';
import type { ArticleLibrary } from '../article/library.js';
import type { ArticleMeta, DeliveryKey, Store, Subscription } from '../store/types.js';
import { StoreUnavailableError } from '../store/errors.js';
import type { Logger } from '../log.js';
import { noopMetrics, type Metrics } from '../metrics.js';
import { digestReply } from '../commands/digest-reply.js';

/** How long a claim is held without renewal; the holder renews it every third of that while it posts. */
export const LEASE_MS = 30_000;
// Writes after the platform accepted a post are retried this many times before the fan-out stops.
const WRITE_TRIES = 6;

export interface PostDeps {
  store: Store;
  library: ArticleLibrary;
  adapter: ChatAdapter;
  log: Logger;
  clock: Clock;
  /** This process, as it signs its claims. */
  holder: string;
  /** Retries of one failed post, with exponential backoff from `backoffMs`. */
  maxRetries: number;
  backoffMs: number;
  leaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  metrics?: Metrics;
  /**
   * Posts the platform accepted whose "sent" could not be written yet: never posted again by this
   * process, written when the store is back.
   */
  unsaved: Map<string, { messageId: string | null }>;
}

export type PostOutcome = 'sent' | 'failed' | 'abandoned' | 'busy' | { paused: string };

const sleeper = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Claims one (channel, article) delivery, posts it, marks it sent. A failed post is retried with
 * backoff, then given back for a later fire. Once the platform has accepted a post it is never posted
 * again: a failing write is retried as a write, and if the store stays unavailable the error goes up
 * (StoreUnavailableError) so the fan-out stops. A post the platform refuses for good is given up.
 */
export async function postOne(sub: Subscription, meta: ArticleMeta, deps: PostDeps): Promise<PostOutcome> {
  const outcome = await claimAndPost(sub, meta, deps);
  const metrics = deps.metrics ?? noopMetrics;
  if (outcome === 'sent') metrics.postSent(sub.platform);
  else if (outcome === 'failed') metrics.postFailed(sub.platform, 'error');
  else if (outcome === 'abandoned') metrics.postFailed(sub.platform, 'rejected');
  else if (typeof outcome === 'object') metrics.postFailed(sub.platform, 'channel_unavailable');
  return outcome;
}

async function claimAndPost(sub: Subscription, meta: ArticleMeta, deps: PostDeps): Promise<PostOutcome> {
  const { store, adapter, log, clock, holder } = deps;
  const leaseMs = deps.leaseMs ?? LEASE_MS;
  const d: DeliveryKey = { platform: sub.platform, channelId: sub.channelId, articleId: meta.id };
  const key = `${sub.platform}:${sub.channelId}:${meta.id}`;
  const where = { platform: sub.platform, channel: sub.channelId, article: meta.id };
  const lease = () => new Date(clock.now().getTime() + leaseMs).toISOString();
  const claim = await store.claimDelivery({ ...d, at: clock.now().toISOString(), holder, leaseUntil: lease() });
  if (!claim) return 'busy';
  if (claim.suspect) (deps.metrics ?? noopMetrics).claimTakenOver();
  const known = deps.unsaved.get(key);
  if (known) return (await markSent(d, known.messageId, key, deps)) ? 'sent' : 'busy';
  const article = await store.articles.get(meta.id);
  if (!article) {
    await store.releaseDelivery(d, holder, 'the article was removed before it could be posted');
    return 'failed';
  }
  const renew = setInterval(() => {
    void store.renewClaim(d, holder, lease()).then(
      (mine) => !mine && log.warn('claim taken over while posting', where),
      () => {},
    );
  }, leaseMs / 3);
  try {
    let from = claim.partsSent;
    let first = claim.messageId;
    if (claim.suspect && adapter.findPosted) {
      // Its last holder died mid-post: whatever the channel already has is not posted again.
      const found = await adapter.findPosted(sub.channelId, key, article.createdAt);
      if (found.parts > from) log.warn('post found already in the channel; posting only the rest', { ...where, parts: found.parts });
      from = Math.max(from, found.parts);
      first ??= found.messageId;
    }
    const reply = digestReply(article, clock.now(), sub.timeZone, adapter.commandPrefix ?? '/');
    const onPart = async (parts: number, id: string | null): Promise<void> => {
      from = parts;
      // `id` is the first message of this call; a post resumed after its first message keeps that one's id.
      first ??= id;
      await store.recordParts(d, holder, parts, first).catch((err: unknown) => log.warn('progress of a post not recorded', { ...where, parts, err }));
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await adapter.post(sub.channelId, reply, key, { fromPart: from, onPart, since: article.createdAt });
        first ??= res.messageId;
        break;
      } catch (err) {
        if (err instanceof ChannelUnavailableError) {
          await store.releaseDelivery(d, holder, err.reason);
          return { paused: err.reason };
        }
        if (err instanceof PermanentPostError) {
          await store.abandonDelivery(d, holder, err.message);
          log.error('digest refused by the platform; given up for this channel', { ...where, error: err.message });
          return 'abandoned';
        }
        if (attempt >= deps.maxRetries) {
          await store.releaseDelivery(d, holder, err instanceof Error ? err.message : String(err));
          log.error('digest post failed; will retry at the next fire', { ...where, attempts: attempt + 1, err });
          return 'failed';
        }
        log.warn('digest post failed; retrying', { ...where, attempt: attempt + 1, err });
        await (deps.sleep ?? sleeper)(deps.backoffMs * 2 ** attempt);
      }
    }
    // The platform has the post. From here on only the store is retried, never the post.
    deps.unsaved.set(key, { messageId: first });
    const mine = await markSent(d, first, key, deps);
    log.info('digest posted', { ...where, messageId: first, attempts: claim.attempts });
    return mine ? 'sent' : 'busy';
  } finally {
    clearInterval(renew);
  }
}

async function markSent(d: DeliveryKey, messageId: string | null, key: string, deps: PostDeps): Promise<boolean> {
  for (let tryNo = 1; ; tryNo++) {
    try {
      const mine = await deps.store.markSent(d, deps.holder, deps.clock.now().toISOString(), messageId);
      deps.unsaved.delete(key);
      return mine;
    } catch (err) {
      if (tryNo >= WRITE_TRIES) {
        throw new StoreUnavailableError(`posted ${d.articleId} to ${d.channelId}, but could not record it: ${err instanceof Error ? err.message : String(err)}`, {
          cause: err,
        });
      }
      deps.log.warn('could not record a post as sent; retrying the write (not the post)', { platform: d.platform, channel: d.channelId, article: d.articleId, err });
      await (deps.sleep ?? sleeper)(Math.min(500 * 2 ** tryNo, 8000));
    }
  }
}
