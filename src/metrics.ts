/**
 * What Herald counts and times, as the core and the adapters report it. The core owns this
 * interface; an adapter (adapters/http/prom-metrics.ts) turns it into Prometheus metrics.
 *
 * Every string argument becomes a metric label, so it must come from a small fixed set (a platform
 * name, a command name, a short failure kind such as "timeout"): never a URL, channel id or error
 * message. The Prometheus side folds anything else into "other".
 */
export interface Metrics {
  /** A post (scheduled digest or reminder) the platform accepted. */
  postSent(platform: string): void;
  /**
   * A post that failed for good this time (after the adapter's own retries). `reason`: a short kind
   * such as "channel_unavailable", "rejected", "rate_limited", "store" or "error".
   */
  postFailed(platform: string, reason: string): void;
  /** Seconds between a fire's due time and the moment this instance took it (whether it then posts or not). */
  fireLag(seconds: number): void;
  /** Seconds from receiving a slash command to the last message of its answer. */
  commandLatency(platform: string, command: string, seconds: number): void;
  /** A 429 answered by the platform (each one, including those the library retries by itself). */
  rateLimited(platform: string): void;
  /** A source fetch that failed. `kind`: a short failure kind such as "timeout", "http", "too_large", "blocked", "parse". */
  sourceFetchError(kind: string): void;
  /** A delivery claim whose lease had run out and that this instance took over from another. */
  claimTakenOver(): void;
}

/** Metrics that go nowhere: the default when no metrics endpoint is configured, and in tests. */
export const noopMetrics: Metrics = {
  postSent: () => {},
  postFailed: () => {},
  fireLag: () => {},
  commandLatency: () => {},
  rateLimited: () => {},
  sourceFetchError: () => {},
  claimTakenOver: () => {},
};
