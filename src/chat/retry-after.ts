import { setTimeout as delay } from 'node:timers/promises';

/** How a platform's 429s are waited out: `Retry-After`, at most `maxRetries` times, never longer than `maxWaitMs` at once. */
export interface RateLimitPolicy {
  maxRetries: number;
  maxWaitMs: number;
}

/**
 * Three waits of up to a minute each. A longer Retry-After fails the call instead: the scheduler's own
 * retries and the next fire pick it up, rather than one post holding a fire (and shutdown) for minutes.
 */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = { maxRetries: 3, maxWaitMs: 60_000 };

/** How long the platform asked to wait, in seconds, when `err` is its 429; null for any other error. */
export type RetryAfter = (err: unknown) => number | null;

/**
 * Runs a platform call, waiting out 429s per `policy`. The wait ends early (and the call fails) when
 * `signal` aborts, so stopping the bot never waits on a rate limit.
 */
export async function withRateLimit<T>(
  call: () => Promise<T>,
  retryAfter: RetryAfter,
  policy: RateLimitPolicy,
  signal: AbortSignal,
  onWait: (ms: number, attempt: number) => void = () => {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const after = retryAfter(err);
      if (after === null || attempt > policy.maxRetries || signal.aborted) throw err;
      const ms = Math.max(0, after) * 1000;
      if (ms > policy.maxWaitMs) throw err;
      onWait(ms, attempt);
      await delay(ms, undefined, { signal });
    }
  }
}
