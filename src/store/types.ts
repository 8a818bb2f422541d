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
}

export type DeliveryStatus = 'claimed' | 'sent' | 'skipped' | 'failed';

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
}

/**
 * Persistence for subscriptions and deliveries. A delivery (channel + article) is claimed before the
 * post and marked sent after; a claim is exclusive, so two workers never post the same article twice.
 */
export interface Store {
  getSubscription(platform: string, channelId: string): Subscription | null;
  listSubscriptions(): Subscription[];
  /** Creates or replaces the channel's subscription. Returns true when it is new. */
  upsertSubscription(sub: Subscription): boolean;
  removeSubscription(platform: string, channelId: string): boolean;
  setPaused(platform: string, channelId: string, reason: string | null): void;
  setLastFire(platform: string, channelId: string, at: string): void;

  /** Takes the delivery for this worker. False when it is already claimed, sent or skipped. */
  claimDelivery(platform: string, channelId: string, articleId: string, at: string): boolean;
  markSent(platform: string, channelId: string, articleId: string, at: string, messageId: string | null): void;
  /** Gives a claim back after a failed post, so a later fire retries it. */
  releaseDelivery(platform: string, channelId: string, articleId: string, error: string): void;
  /** Records articles a channel will never receive (older than its subscription). */
  markSkipped(platform: string, channelId: string, articleIds: string[], at: string): void;
  /** Article ids the channel has received, skipped, or has claimed (not those whose post failed). */
  handledArticles(platform: string, channelId: string): Set<string>;
  /** Claims left by a crash (claimed but never marked). */
  staleClaims(): Delivery[];
  /** Hands claims left by a crash back (status failed), so the next delivery retries them. Returns how many. */
  releaseStaleClaims(): number;
  getDelivery(platform: string, channelId: string, articleId: string): Delivery | null;
  /** News sources and the articles taken from them (src/store/sources-sqlite.ts). */
  readonly sources: SourceStore;
  close(): void;
}

/** A feed or article URL Herald polls, with the state of its last fetches. */
export interface SourceRecord {
  id: string;
  url: string;
  name: string | null;
  everyMinutes: number;
  /** `file`: digests/sources.json (kept in step with the file); `chat`: added with /sources add. */
  origin: 'file' | 'chat';
  addedBy: string | null;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** False until the first successful fetch, which posts only the newest item. */
  fetchedOnce: boolean;
  lastFetchAt: string | null;
  lastOkAt: string | null;
  lastError: string | null;
  /** Failed fetches in a row; the backoff doubles with each. */
  failures: number;
  nextFetchAt: string | null;
}

/** An article taken from a source: listed beside the files in digests/. */
export interface StoredArticle {
  id: string;
  sourceId: string;
  sourceName: string | null;
  url: string | null;
  guid: string | null;
  title: string | null;
  date: string | null;
  text: string;
  contentHash: string;
  createdAt: string;
}

/** What one successful fetch of a source changes, written in one transaction. */
export interface FetchCommit {
  sourceId: string;
  at: string;
  etag: string | null;
  lastModified: string | null;
  nextFetchAt: string;
  /** Fills the source's name when it has none (the feed's title). */
  name: string | null;
  /** New articles, each with its dedupe keys; one whose key is already seen is recorded as seen instead. */
  articles: Array<{ article: Omit<StoredArticle, 'id'>; idBase: string; keys: string[] }>;
  /** Keys of items recorded as seen without an article (older items on a first fetch). */
  seen: string[];
}

/** Persistence for sources, their articles and the dedupe keys. */
export interface SourceStore {
  listSources(): SourceRecord[];
  getSource(id: string): SourceRecord | null;
  findSourceByUrl(url: string): SourceRecord | null;
  /** Adds a source; its id is `idBase`, or `idBase-2`, `-3`… when taken. Returns the stored record. */
  addSource(s: Omit<SourceRecord, 'id'>, idBase: string): SourceRecord;
  updateSource(id: string, change: Partial<Pick<SourceRecord, 'name' | 'everyMinutes' | 'origin' | 'nextFetchAt'>>): void;
  removeSource(id: string): boolean;
  /** Which of these keys were seen before. */
  seenKeys(keys: string[]): Set<string>;
  /** Applies a successful fetch; returns the ids of the articles it stored. */
  commitFetch(c: FetchCommit, idTaken?: (id: string) => boolean): string[];
  recordFailure(sourceId: string, at: string, error: string, nextFetchAt: string): void;
  listArticles(): StoredArticle[];
  /** Changes whenever an article is stored or pruned: lets readers cache listArticles(). */
  articlesStamp(): string;
  articleCounts(): Map<string, number>;
  /** Deletes articles stored before `before` (their keys stay seen, so they never come back). */
  pruneArticles(before: string): number;
}
