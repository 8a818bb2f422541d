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
  close(): void;
}
