import { setTimeout as delay } from 'node:timers/promises';

/** How the adapter answers Slack's 429s: wait `Retry-After`, at most `maxRetries` times, never longer than `maxWaitMs` at once. */
export interface RateLimitPolicy {
  maxRetries: number;
  maxWaitMs: number;
}

/**
 * Three waits of up to a minute each. A longer Retry-After fails the call instead: the scheduler's own
 * retries and the next fire pick it up, rather than one post holding a fire (and shutdown) for minutes.
 */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = { maxRetries: 3, maxWaitMs: 60_000 };

/** The Slack error code (`not_in_channel`, `invalid_auth`…) of a Web API platform error, else null. */
export function platformError(err: unknown): string | null {
  const e = err as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : null;
}

/** Seconds Slack asked us to wait, for a rate-limited call (the client runs with rejectRateLimitedCalls), else null. */
export function retryAfterSeconds(err: unknown): number | null {
  const e = err as { code?: unknown; retryAfter?: unknown } | null;
  return e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number' ? e.retryAfter : null;
}

/** A short description of a Web API failure for logs and user messages. */
export function describeError(err: unknown): string {
  const code = platformError(err);
  if (code) return code;
  const after = retryAfterSeconds(err);
  if (after !== null) return `rate limited (retry after ${after}s)`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Runs a Web API call, waiting out 429s per `policy`. The wait ends early (and the call fails) when
 * `signal` aborts, so stopping the bot never waits on a rate limit.
 */
export async function withRateLimit<T>(
  call: () => Promise<T>,
  policy: RateLimitPolicy,
  signal: AbortSignal,
  onWait: (ms: number, attempt: number) => void = () => {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const after = retryAfterSeconds(err);
      if (after === null || attempt > policy.maxRetries || signal.aborted) throw err;
      const ms = Math.max(0, after) * 1000;
      if (ms > policy.maxWaitMs) throw err;
      onWait(ms, attempt);
      await delay(ms, undefined, { signal });
    }
  }
}
