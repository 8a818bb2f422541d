import { setTimeout as sleep } from 'node:timers/promises';

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
    private readonly limit = 50,
    private readonly windowMs = 1030,
    private readonly now: () => number = Date.now,
  ) {}

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
