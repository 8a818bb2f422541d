import type { Coordination } from './coordination.js';
import type { SourceStore } from './source-types.js';
import type { ArticleStore } from './article-types.js';

// The source records live in source-types.ts and the article index's in article-types.ts; they are
// named here too, so every store type has one import.
export * from './source-types.js';
export * from './article-types.js';

/** A channel's subscription to scheduled digests. One per (platform, channel). */
export interface Subscription {
  platform: string;
  channelId: string;
  /** node-cron expression. */
  cron: string;
  /** What the user typed, for display ("daily 08:00"). */
  schedule: string;
  timeZone: string;
  reminders: boolean;
  createdBy: string;
  createdAt: string;
  /** Why posting is paused (missing access, deleted channel), or null. */
  pausedReason: string | null;
  /** The last scheduled fire handled, ISO; missed fires after it get one catch-up post at start. */
  lastFireAt: string | null;
  /**
   * The scheduled fire before the last, ISO, or null (none yet, or from before this was kept): what
   * came before it has waited through two of the channel's fires, whatever the gaps between them.
   */
  prevFireAt?: string | null;
  /**
   * When the schedule last changed, ISO: the new schedule's slots before it were never due, so none is
   * caught up. Not a fire: what arrived since the last one has waited through none.
   */
  scheduleFrom?: string | null;
  /**
   * Every article whose sequence number is at most this is behind the channel: delivered, given up,
   * or older than the subscription. A fire looks only after it, so its cost follows what is new.
   */
  cursor: number;
  /**
   * The newest article (by publication date) when the subscription was made or resumed: its first
   * fire posts it, whatever its place in ingestion order. Null once posted.
   */
  firstArticle: string | null;
  /** The Discord server, Slack workspace or terminal it belongs to (null: made before communities existed). */
  community: string | null;
  /** The source ids it takes (`files`: the articles folder); null takes every source its community sees. */
  sources: string[] | null;
  /** Words or phrases an article must match (one of `include`, none of `exclude`); null takes every article. */
  topics: Topics | null;
  /** `each`: one post per article; `roundup`: one post per fire with every new article. */
  format: 'each' | 'roundup';
}

/** A channel's topic filter, as typed: `kursk, "peace talks", -football`. */
export interface Topics {
  include: string[];
  exclude: string[];
}

/** `skipped` exists only in databases of release 0.1.0 until their cursors are placed. */
export type DeliveryStatus = 'claimed' | 'sent' | 'failed' | 'abandoned' | 'skipped';

/** One (channel, article) post: claimed before it is posted, marked sent after the platform accepted it. */
export interface Delivery {
  platform: string;
  channelId: string;
  articleId: string;
  status: DeliveryStatus;
  attempts: number;
  claimedAt: string | null;
  sentAt: string | null;
  messageId: string | null;
  lastError: string | null;
  /** Which Herald process holds the claim, and until when (it renews the lease while it works). */
  claimedBy: string | null;
  leaseUntil: string | null;
  /** Messages of the post the platform has accepted so far: a retry posts only the rest. */
  partsSent: number;
  /** Taken over from a holder that died or was given back after a crash: it may have been posted already. */
  suspect: boolean;
  /** The roundup post this article went (or goes) out in, if any. */
  batch: string | null;
}

/** What a claim gives the worker that won it. */
export interface Claim {
  attempts: number;
  partsSent: number;
  /** See Delivery.suspect: look on the platform before posting again. */
  suspect: boolean;
  messageId: string | null;
  batch: string | null;
}

/** Who claims a delivery, when, and for how long. */
export interface ClaimRequest {
  platform: string;
  channelId: string;
  articleId: string;
  at: string;
  holder: string;
  leaseUntil: string;
}

export type DeliveryKey = Pick<Delivery, 'platform' | 'channelId' | 'articleId'>;

/**
 * Persistence for subscriptions, deliveries, articles and sources. A delivery (channel + article) is
 * claimed before the post and marked sent after; a claim is exclusive, so two workers never post the
 * same article twice. Every method may throw StoreUnavailableError.
 */
export interface Store {
  readonly articles: ArticleStore;
  readonly sources: SourceStore;
  /** Fires and live instances, for several Herald instances on one database. */
  readonly coordination: Coordination;

  getSubscription(platform: string, channelId: string): Promise<Subscription | null>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Creates or replaces the channel's subscription (a replaced one keeps its cursor). True when new. */
  upsertSubscription(sub: Subscription): Promise<boolean>;
  removeSubscription(platform: string, channelId: string): Promise<boolean>;
  setPaused(platform: string, channelId: string, reason: string | null): Promise<void>;
  setLastFire(platform: string, channelId: string, at: string, opts?: { retry?: boolean }): Promise<void>;
  /** Records that the channel's schedule changed at `at` (see Subscription.scheduleFrom). */
  setScheduleFrom(platform: string, channelId: string, at: string): Promise<void>;
  /** Moves the cursor forward (never back). */
  advanceCursor(platform: string, channelId: string, seq: number): Promise<void>;
  /**
   * Sets where a resumed subscription starts: its cursor, the article its next fire posts first, and
   * `since`, the time it counts from (what came before is older than it, not passed over).
   */
  restart(
    platform: string,
    channelId: string,
    cursor: number,
    firstArticle: string | null,
    since: string,
  ): Promise<void>;
  /** The first article has been posted (or is gone): forget it. */
  clearFirstArticle(platform: string, channelId: string): Promise<void>;

  /**
   * Takes the delivery for `holder`: when nobody has it, when its last post failed, or when its
   * holder's lease ran out. Null when someone else holds it or it is done.
   */
  claimDelivery(c: ClaimRequest): Promise<Claim | null>;
  /** Extends the holder's lease; false when the claim is no longer this holder's. */
  renewClaim(d: DeliveryKey, holder: string, leaseUntil: string): Promise<boolean>;
  /** Records that the platform accepted the first `parts` messages (the first one's id kept). */
  recordParts(d: DeliveryKey, holder: string, parts: number, messageId: string | null): Promise<void>;
  /** Puts claimed articles into one roundup post (so a retry posts the same roundup). */
  setBatch(platform: string, channelId: string, articleIds: string[], holder: string, batch: string): Promise<void>;
  /** The articles of a roundup post in this channel. */
  batchArticles(platform: string, channelId: string, batch: string): Promise<string[]>;
  /**
   * Whether the channel was posted, after `since`, an article that comes before `seq` in the order: what
   * an article waiting there since `since` waited behind (one that took an old place never did).
   */
  postedBehindSince(platform: string, channelId: string, seq: number, since: string): Promise<boolean>;
  /** The last article posted in the channel, and when. */
  lastSent(
    platform: string,
    channelId: string,
  ): Promise<{ articleId: string; sentAt: string; messageId: string | null } | null>;
  /** Only the holder marks its claim sent; false when the claim was not its own any more. */
  markSent(d: DeliveryKey, holder: string, at: string, messageId: string | null): Promise<boolean>;
  /** Gives a claim back after a failed post, so a later fire retries it. */
  releaseDelivery(d: DeliveryKey, holder: string, error: string): Promise<void>;
  /** The platform refused the post for good (a 400): never retried, and no longer in the channel's way. */
  abandonDelivery(d: DeliveryKey, holder: string, error: string): Promise<void>;
  /** The delivery status of each of these articles in the channel (absent: never claimed). */
  statesAmong(platform: string, channelId: string, articleIds: string[]): Promise<Map<string, DeliveryStatus>>;
  /** Claims whose holder is gone (lease over, or a crash before leases existed). */
  staleClaims(at: string): Promise<Delivery[]>;
  /** Hands stale claims back (failed and suspect), so the next delivery checks and retries them. */
  releaseStaleClaims(at: string): Promise<number>;
  /** The channels with a claim whose lease ran out before `at`: their fire was cut short. */
  channelsWithLapsedClaims(at: string, limit: number): Promise<Array<{ platform: string; channelId: string }>>;
  /** Ends the leases of every claim `holder` still has (it is stopping): another instance may take them now. */
  letGoOfClaims(holder: string, at: string): Promise<number>;
  getDelivery(platform: string, channelId: string, articleId: string): Promise<Delivery | null>;

  /**
   * Databases of release 0.1.0 recorded "skipped" rows instead of cursors: gives each such
   * subscription the cursor that keeps exactly what it had not had yet, then drops its skipped rows.
   * Run after the article files are in the index. Returns how many subscriptions it placed.
   */
  placeLegacyCursors(): Promise<number>;
  /** Throws when the database cannot be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
