/** Discord's global limit: requests per second per bot token, whatever the route. */
export const DISCORD_GLOBAL_PER_SECOND = 50;

/** A platform's request budget (Discord: 50 requests per second per bot token). */
export interface RateBudget {
  /** Runs `request` when the budget allows one more, and counts it until (and from when) it ends. */
  run<T>(request: () => Promise<T>): Promise<T>;
}

/**
 * At most `limit` requests in any `windowMs` as the platform counts them: by when they arrive. Send
 * times cannot tell that (requests sent together leave over tens of milliseconds, and a burst counted
 * from its send times drew hundreds of 429s), but an answer comes after its request arrived: a request
 * is counted while in flight and, once answered, from its answer's time. A window a little over the
 * platform's second then never holds more than `limit` arrivals.
 */
export class SlidingWindowBudget implements RateBudget {
  private inFlight = 0;
  private readonly ended: number[] = [];
  private readonly waiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private limit = DISCORD_GLOBAL_PER_SECOND,
    private readonly windowMs = 1010,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Several instances share one bot token's budget: each takes its share (at least one request a
   * window), re-counted whenever the number of live instances is. Shared, it keeps a tenth back: the
   * instances' windows are not aligned.
   */
  share(instances: number, total = DISCORD_GLOBAL_PER_SECOND): void {
    const n = Math.max(1, instances);
    this.limit = Math.max(1, Math.floor((n === 1 ? total : total * 0.9) / n));
    this.wake();
  }

  get perWindow(): number {
    return this.limit;
  }

  /** Sets how many requests a window may hold (Infinity: no pacing). */
  limitTo(limit: number): void {
    this.limit = Math.max(1, limit);
    this.wake();
  }

  async run<T>(request: () => Promise<T>): Promise<T> {
    while (!this.free()) await new Promise<void>((r) => this.waiters.push(r));
    this.inFlight++;
    try {
      return await request();
    } finally {
      this.inFlight--;
      this.ended.push(this.now());
      this.wake();
    }
  }

  // Whether one more request fits now; when not, the earliest moment one might is scheduled.
  private free(): boolean {
    const t = this.now();
    while (this.ended.length > 0 && (this.ended[0] ?? 0) <= t - this.windowMs) this.ended.shift();
    if (this.inFlight + this.ended.length < this.limit) return true;
    if (this.ended.length > 0 && !this.timer) {
      this.timer = setTimeout(
        () => {
          this.timer = null;
          this.wake();
        },
        (this.ended[0] ?? t) + this.windowMs - t + 1,
      );
    }
    return false;
  }

  private wake(): void {
    // Waiters recheck in order; those that still do not fit queue again.
    for (const w of this.waiters.splice(0)) w();
  }
}
