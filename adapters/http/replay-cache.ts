/**
 * Remembers signed requests already answered, so a second delivery of the same signed request
 * (a replay) is not run again. A request is only accepted within its signature's time window, so
 * a key needs keeping only until that window closes.
 *
 * The in-memory cache covers one process. Several instances behind a load balancer can share one
 * by passing an implementation backed by the database (an insert that ignores duplicates).
 */
export interface ReplayGuard {
  /** True the first time `key` is seen before `expiresAtMs`; false for a repeat. */
  firstSeen(key: string, expiresAtMs: number): boolean | Promise<boolean>;
}

/** A ReplayGuard in memory, bounded by `maxEntries` (the oldest are forgotten first). */
export class MemoryReplayCache implements ReplayGuard {
  private readonly entries = new Map<string, number>();

  constructor(
    private readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  firstSeen(key: string, expiresAtMs: number): boolean {
    const now = this.now();
    this.sweep(now);
    const until = this.entries.get(key);
    if (until !== undefined && until > now) return false;
    this.entries.delete(key);
    this.entries.set(key, expiresAtMs);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  // Entries arrive in roughly expiry order (each expires a fixed window after its timestamp), so
  // dropping expired ones from the front keeps the sweep cheap.
  private sweep(now: number): void {
    for (const [key, until] of this.entries) {
      if (until > now) break;
      this.entries.delete(key);
    }
  }
}
