import { SlidingWindowBudget } from './rate-budget.js';

/** When to pace and how to loosen again; the defaults suit a limit counted per second. */
export interface LearnedBudgetOptions {
  /** The window the platform counts in, with a little margin (default 1,010 ms). */
  windowMs?: number;
  /** One more request a window after this long without a refusal (default 5 s). */
  growEveryMs?: number;
  /** No pacing again after this long without a refusal (default a minute). */
  forgetMs?: number;
  now?: () => number;
}

/**
 * A request budget for a limit the platform does not publish (Slack's posts per workspace). Nothing
 * is paced until the platform refuses a request for its rate; from then on a window holds as many
 * requests as it had just accepted, one more after each quiet `growEveryMs`, and after a quiet
 * `forgetMs` nothing is paced again. Without it every request over the limit is refused and retried
 * after the same whole-second Retry-After, so the retries bunch and are refused again.
 *
 * A refusal that the key's own limit explains (a post to a channel that had one accepted less than a
 * window before: Slack's one post per second per channel) teaches nothing about the shared limit.
 */
export class LearnedBudget {
  private readonly window: SlidingWindowBudget;
  private readonly windowMs: number;
  private readonly growEveryMs: number;
  private readonly forgetMs: number;
  private readonly now: () => number;
  // When accepted requests were answered, over the last window.
  private readonly accepted: number[] = [];
  // The last accepted request per key, oldest first (a key is moved to the end when used).
  private readonly lastByKey = new Map<string, number>();
  private refusedAt = Number.NEGATIVE_INFINITY;
  private grownAt = Number.NEGATIVE_INFINITY;

  /** `refusedForRate` tells the platform's "too many requests" from any other failure. */
  constructor(
    private readonly refusedForRate: (err: unknown) => boolean,
    o: LearnedBudgetOptions = {},
  ) {
    this.windowMs = o.windowMs ?? 1010;
    this.growEveryMs = o.growEveryMs ?? 5000;
    this.forgetMs = o.forgetMs ?? 60_000;
    this.now = o.now ?? Date.now;
    this.window = new SlidingWindowBudget(Number.POSITIVE_INFINITY, this.windowMs, this.now);
  }

  /** Requests a window may hold now; null while nothing is paced. */
  get perWindow(): number | null {
    return Number.isFinite(this.window.perWindow) ? this.window.perWindow : null;
  }

  /** Runs `request` (for `key`, e.g. a channel) when the budget allows; its failure is rethrown. */
  async run<T>(key: string, request: () => Promise<T>): Promise<T> {
    this.loosen();
    return this.window.run(async () => {
      try {
        const result = await request();
        this.accept(key);
        return result;
      } catch (err) {
        if (this.refusedForRate(err)) this.learn(key);
        throw err;
      }
    });
  }

  private accept(key: string): void {
    const t = this.now();
    this.accepted.push(t);
    this.lastByKey.delete(key);
    this.lastByKey.set(key, t);
    this.forget(t);
  }

  private learn(key: string): void {
    const t = this.now();
    this.forget(t);
    if (this.lastByKey.has(key)) return;
    this.window.limitTo(Math.max(1, this.accepted.length));
    this.refusedAt = t;
    this.grownAt = t;
  }

  private loosen(): void {
    if (this.perWindow === null) return;
    const t = this.now();
    if (t - this.refusedAt >= this.forgetMs) this.window.limitTo(Number.POSITIVE_INFINITY);
    else if (t - this.grownAt >= this.growEveryMs) {
      this.window.limitTo(this.window.perWindow + 1);
      this.grownAt = t;
    }
  }

  // Drops what is older than a window: the accepted count and the keys a refusal could be blamed on.
  private forget(t: number): void {
    while ((this.accepted[0] ?? t) <= t - this.windowMs) this.accepted.shift();
    for (const [key, at] of this.lastByKey) {
      if (at > t - this.windowMs) break;
      this.lastByKey.delete(key);
    }
  }
}
