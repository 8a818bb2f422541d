import { createHash } from 'node:crypto';
import { creditedIn } from '../library/credit.js';
import type { ArticleMeta, ArticleRecord, Claim, DeliveryKey, Subscription } from '../store/types.js';
import { roundupReply } from '../feeds/roundup.js';
import { attempt, count, keepLeases, leaseEnd, markSent, type PostDeps, type PostOutcome } from './post-one.js';

/** What one roundup fire did, per article. */
export interface RoundupOutcome {
  posted: string[];
  failed: string[];
  abandoned: string[];
  paused: string | null;
}

interface Batch {
  key: string;
  claims: Array<{ d: DeliveryKey; claim: Claim }>;
}

/**
 * One roundup post for the channel's new articles: each article is claimed (so it is still delivered
 * once per channel), the claimed ones are put in a batch, the batch is posted as one message or
 * more, and every article in it is marked sent. A batch left by a crash or a failed try keeps its
 * articles and key, so the retry posts the same roundup (its missing messages only) rather than
 * mixing it with newer articles.
 */
export async function postRoundup(
  sub: Subscription,
  pending: ArticleMeta[],
  deps: PostDeps,
  more = false,
): Promise<RoundupOutcome> {
  const out: RoundupOutcome = { posted: [], failed: [], abandoned: [], paused: null };
  const batches = await claimBatches(sub, pending, deps);
  for (const [i, batch] of batches.entries()) {
    // The fire's last post says that more new articles wait for the next one.
    const outcome = await postBatch(sub, batch, deps, more && i === batches.length - 1);
    const ids = batch.claims.map((c) => c.d.articleId);
    count(deps, sub.platform, outcome);
    if (outcome === 'sent') out.posted.push(...ids);
    else if (outcome === 'abandoned') out.abandoned.push(...ids);
    else if (outcome === 'failed') out.failed.push(...ids);
    else if (typeof outcome === 'object') {
      out.paused = outcome.paused;
      break;
    }
  }
  return out;
}

async function claimBatches(sub: Subscription, pending: ArticleMeta[], deps: PostDeps): Promise<Batch[]> {
  const { store, clock, holder } = deps;
  const old = new Map<string, Batch>();
  const fresh: Batch['claims'] = [];
  for (const a of pending) {
    const d = { platform: sub.platform, channelId: sub.channelId, articleId: a.id };
    const claim = await store.claimDelivery({
      ...d,
      at: clock.now().toISOString(),
      holder,
      leaseUntil: leaseEnd(deps),
    });
    if (!claim) continue;
    if (claim.batch) {
      const b = old.get(claim.batch) ?? { key: claim.batch, claims: [] };
      b.claims.push({ d, claim });
      old.set(claim.batch, b);
    } else fresh.push({ d, claim });
  }
  const batches = [...old.values()];
  if (fresh.length > 0) {
    const ids = fresh.map((c) => c.d.articleId).sort();
    const key = `${sub.platform}:${sub.channelId}:roundup:${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16)}`;
    await store.setBatch(sub.platform, sub.channelId, ids, holder, key);
    batches.push({ key, claims: fresh });
  }
  return batches;
}

async function postBatch(sub: Subscription, batch: Batch, deps: PostDeps, more: boolean): Promise<PostOutcome> {
  const { store, adapter, clock, log, holder } = deps;
  const records = await creditedIn(
    (await Promise.all(batch.claims.map((c) => store.articles.get(c.d.articleId)))).filter(
      (a): a is ArticleRecord => a !== null,
    ),
    sub.community,
    store.sources,
    sub.sources,
  );
  const gone = batch.claims.filter((c) => !records.some((r) => r.id === c.d.articleId));
  for (const c of gone) await store.releaseDelivery(c.d, holder, 'the article was removed before it could be posted');
  const claims = batch.claims.filter((c) => !gone.includes(c));
  if (claims.length === 0) return 'failed';
  const unsavedKey = (d: DeliveryKey): string => `${d.platform}:${d.channelId}:${d.articleId}`;
  // Posted already by this process while the store was down: only the writes are owed.
  if (claims.every((c) => deps.unsaved.has(unsavedKey(c.d)))) {
    for (const c of claims)
      await markSent(c.d, deps.unsaved.get(unsavedKey(c.d))?.messageId ?? null, unsavedKey(c.d), deps);
    return 'sent';
  }
  const since = records.reduce(
    // biome-ignore lint/complexity/useMathMinMax: ISO timestamps, compared as strings
    (min, r) => (r.createdAt < min ? r.createdAt : min),
    records[0]?.createdAt ?? clock.now().toISOString(),
  );
  const stopRenewing = keepLeases(
    claims.map((c) => c.d),
    deps,
  );
  try {
    let from = Math.min(...claims.map((c) => c.claim.partsSent));
    let first = claims.find((c) => c.claim.messageId)?.claim.messageId ?? null;
    if (claims.some((c) => c.claim.suspect) && adapter.findPosted) {
      const found = await adapter.findPosted(sub.channelId, batch.key, since);
      from = Math.max(from, found.parts);
      first ??= found.messageId;
    }
    const digests = new Map(records.map((r) => [r.id, deps.library.digest(r)]));
    const reply = roundupReply(records, digests, clock.now(), sub.timeZone, more);
    const result = await attempt(
      deps,
      claims.map((c) => c.d),
      () =>
        adapter.post(sub.channelId, reply, batch.key, {
          fromPart: from,
          since,
          onPart: async (parts, id) => {
            from = parts;
            first ??= id;
            for (const c of claims) await store.recordParts(c.d, holder, parts, first).catch(() => {});
          },
        }),
    );
    if (result.kind !== 'posted') return result.outcome;
    first ??= result.messageId;
    for (const c of claims) deps.unsaved.set(unsavedKey(c.d), { messageId: first });
    for (const c of claims) await markSent(c.d, first, unsavedKey(c.d), deps);
    log.info('roundup posted', {
      platform: sub.platform,
      channel: sub.channelId,
      articles: claims.map((c) => c.d.articleId),
      messageId: first,
    });
    return 'sent';
  } finally {
    stopRenewing();
  }
}
