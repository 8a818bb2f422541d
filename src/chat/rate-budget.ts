import { setTimeout as sleep } from 'node:timers/promises';

/** Discord's global limit: requests per second per bot token, whatever the route. */
export const DISCORD_GLOBAL_PER_SECOND = 50;

/** A platform's request budget (Discord: 50 requests per second per bot token). */
export interface RateBudget {
  /** Resolves when one more request may be sent now. */
  take(): Promise<void>;
}

/**
 * At most `limit` requests in any `windowMs`, counted when they are sent, in the order asked. Discord
 * counts a second from when requests arrive, not from when they leave; `windowMs` is a little over a
 * second so that uneven travel times never put 51 arrivals into one of its seconds (without the
 * margin, discord.js's own limiter drew 50 global 429s in a 1,000-channel fan-out).
 */
export class SlidingWindowBudget implements RateBudget {
  private readonly sent: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private limit = DISCORD_GLOBAL_PER_SECOND,
    private readonly windowMs = 1030,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Several instances share one bot token's budget: each takes its share (at least one request a
   * window), re-counted whenever the number of live instances is. Shared, it keeps a tenth back:
   * the instances' windows are not aligned, and two bursts that start together (two instances taking
   * over a dead one's posts at the same look) drew a 429 at exactly the full budget.
   */
  share(instances: number, total = DISCORD_GLOBAL_PER_SECOND): void {
    const n = Math.max(1, instances);
    this.limit = Math.max(1, Math.floor((n === 1 ? total : total * 0.9) / n));
  }

  get perWindow(): number {
    return this.limit;
  }

  take(): Promise<void> {
    const turn = this.queue.then(() => this.wait());
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.sent.length > 0 && (this.sent[0] ?? 0) <= t - this.windowMs) this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(t);
        return;
      }
      await sleep((this.sent[0] ?? t) + this.windowMs - t);
    }
  }
}
