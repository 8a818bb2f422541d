import type { Poster, PostResult } from '../chat/poster.js';
import type { ArticleLibrary } from '../library/library.js';
import type { ArticleMeta, DeliveryKey, Store, Subscription } from '../store/types.js';
import type { Logger } from '../log.js';
import { noopMetrics, type Metrics } from '../metrics.js';
import { digestReply } from '../chat/digest-reply.js';
import { creditedIn } from '../library/credit.js';
import { ChannelUnavailableError, PermanentPostError, StoreUnavailableError } from '../errors.js';
import type { Clock } from '../clock.js';

/** How long a claim is held without renewal; the holder renews it every third of that while it posts. */
export const LEASE_MS = 30_000;
// Writes after the platform accepted a post are retried this many times before the fan-out stops.
const WRITE_TRIES = 6;

export interface PostDeps {
  store: Store;
  library: ArticleLibrary;
  adapter: Poster;
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
  count(deps, sub.platform, outcome);
  return outcome;
}

async function claimAndPost(sub: Subscription, meta: ArticleMeta, deps: PostDeps): Promise<PostOutcome> {
  const { store, adapter, log, clock, holder } = deps;
  const d: DeliveryKey = { platform: sub.platform, channelId: sub.channelId, articleId: meta.id };
  const key = `${sub.platform}:${sub.channelId}:${meta.id}`;
  const claim = await store.claimDelivery({ ...d, at: clock.now().toISOString(), holder, leaseUntil: leaseEnd(deps) });
  if (!claim) return 'busy';
  if (claim.suspect) (deps.metrics ?? noopMetrics).claimTakenOver();
  const known = deps.unsaved.get(key);
  if (known) return (await markSent(d, known.messageId, key, deps)) ? 'sent' : 'busy';
  const stored = await store.articles.get(meta.id);
  if (!stored) {
    await store.releaseDelivery(d, holder, 'the article was removed before it could be posted');
    return 'failed';
  }
  const [article = stored] = await creditedIn([stored], sub.community, store.sources, sub.sources);
  const stopRenewing = keepLeases([d], deps);
  try {
    let from = claim.partsSent;
    let first = claim.messageId;
    if (claim.suspect && adapter.findPosted) {
      // Its last holder died mid-post: whatever the channel already has is not posted again.
      const found = await adapter.findPosted(sub.channelId, key, article.createdAt);
      if (found.parts > from)
        log.warn('post found already in the channel; posting only the rest', { ...where(d), parts: found.parts });
      from = Math.max(from, found.parts);
      first ??= found.messageId;
    }
    const reply = digestReply(article, clock.now(), sub.timeZone, adapter.commandPrefix ?? '/');
    const result = await attempt(deps, [d], () =>
      adapter.post(sub.channelId, reply, key, {
        fromPart: from,
        since: article.createdAt,
        onPart: async (parts, id) => {
          from = parts;
          first ??= id;
          // The id kept is the post's first message, which may have gone out in an earlier try.
          await store
            .recordParts(d, holder, parts, first)
            .catch((err: unknown) => log.warn('progress of a post not recorded', { ...where(d), parts, err }));
        },
      }),
    );
    if (result.kind !== 'posted') return result.outcome;
    first ??= result.messageId;
    // The platform has the post. From here on only the store is retried, never the post.
    deps.unsaved.set(key, { messageId: first });
    const mine = await markSent(d, first, key, deps);
    log.info('digest posted', { ...where(d), messageId: first, attempts: claim.attempts });
    return mine ? 'sent' : 'busy';
  } finally {
    stopRenewing();
  }
}

/** The end of a lease taken now. */
export function leaseEnd(deps: PostDeps): string {
  return new Date(deps.clock.now().getTime() + (deps.leaseMs ?? LEASE_MS)).toISOString();
}

/** Renews these claims' leases while the post is under way; returns the function that stops. */
export function keepLeases(claims: DeliveryKey[], deps: PostDeps): () => void {
  const timer = setInterval(
    () => {
      for (const d of claims) {
        void deps.store.renewClaim(d, deps.holder, leaseEnd(deps)).then(
          (mine) => !mine && deps.log.warn('claim taken over while posting', where(d)),
          () => {},
        );
      }
    },
    (deps.leaseMs ?? LEASE_MS) / 3,
  );
  return () => clearInterval(timer);
}

export type Attempt =
  | { kind: 'posted'; messageId: string | null }
  | { kind: 'done'; outcome: Exclude<PostOutcome, 'sent' | 'busy'> };

/**
 * Posts with retries (exponential backoff). A channel that cannot take posts pauses; a post the
 * platform refuses for good is given up; other failures, once retries are spent, give the claims back
 * for the next fire. The claims' records say which.
 */
export async function attempt(
  deps: PostDeps,
  claims: DeliveryKey[],
  post: () => Promise<PostResult>,
): Promise<Attempt | { kind: 'done'; outcome: PostOutcome }> {
  const { store, holder, log } = deps;
  const at = claims[0] ? where(claims[0]) : {};
  for (let n = 0; ; n++) {
    try {
      return { kind: 'posted', messageId: (await post()).messageId };
    } catch (err) {
      if (err instanceof ChannelUnavailableError) {
        for (const d of claims) await store.releaseDelivery(d, holder, err.reason);
        return { kind: 'done', outcome: { paused: err.reason } };
      }
      if (err instanceof PermanentPostError) {
        for (const d of claims) await store.abandonDelivery(d, holder, err.message);
        log.error('post refused by the platform; given up for this channel', {
          ...at,
          articles: claims.length,
          error: err.message,
        });
        return { kind: 'done', outcome: 'abandoned' };
      }
      if (n >= deps.maxRetries) {
        for (const d of claims)
          await store.releaseDelivery(d, holder, err instanceof Error ? err.message : String(err));
        log.error('post failed; will retry at the next fire', { ...at, attempts: n + 1, err });
        return { kind: 'done', outcome: 'failed' };
      }
      log.warn('post failed; retrying', { ...at, attempt: n + 1, err });
      await (deps.sleep ?? sleeper)(deps.backoffMs * 2 ** n);
    }
  }
}

/** Marks a delivery sent, retrying the write (never the post); StoreUnavailableError when the store stays down. */
export async function markSent(
  d: DeliveryKey,
  messageId: string | null,
  key: string,
  deps: PostDeps,
): Promise<boolean> {
  for (let tryNo = 1; ; tryNo++) {
    try {
      const mine = await deps.store.markSent(d, deps.holder, deps.clock.now().toISOString(), messageId);
      deps.unsaved.delete(key);
      return mine;
    } catch (err) {
      if (tryNo >= WRITE_TRIES) {
        throw new StoreUnavailableError(
          `posted ${d.articleId} to ${d.channelId}, but could not record it: ${err instanceof Error ? err.message : String(err)}`,
          {
            cause: err,
          },
        );
      }
      deps.log.warn('could not record a post as sent; retrying the write (not the post)', { ...where(d), err });
      await (deps.sleep ?? sleeper)(Math.min(500 * 2 ** tryNo, 8000));
    }
  }
}

/** Counts an outcome in the metrics. */
export function count(deps: PostDeps, platform: string, outcome: PostOutcome): void {
  const metrics = deps.metrics ?? noopMetrics;
  if (outcome === 'sent') metrics.postSent(platform);
  else if (outcome === 'failed') metrics.postFailed(platform, 'error');
  else if (outcome === 'abandoned') metrics.postFailed(platform, 'rejected');
  else if (typeof outcome === 'object') metrics.postFailed(platform, 'channel_unavailable');
}

function where(d: DeliveryKey): Record<string, string> {
  return { platform: d.platform, channel: d.channelId, article: d.articleId };
}
