/**
 * At most `max` fires at once; the rest wait their turn, first come first served. A freed slot passes
 * straight to the next waiter, so the count never overshoots.
 */
export class FireSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {}

  /** Waits for a slot; resolves with the function that frees it. */
  async take(): Promise<() => void> {
    if (this.running >= this.max) await new Promise<void>((r) => this.waiting.push(r));
    else this.running++;
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}
