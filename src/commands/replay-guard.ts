import type { Logger } from '../log.js';

/**
 * Remembers signed requests already answered, so a second delivery of the same signed request
 * (a replay) is not run again. A request is only accepted within its signature's time window, so
 * a key needs keeping only until that window closes.
 *
 * MemoryReplayCache covers one process; SharedReplayGuard covers several instances on one database.
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

/**
 * A ReplayGuard for several instances behind one load balancer: a repeat this process has seen is
 * refused at once; otherwise `shared` (the database all instances use) decides. When it has not
 * answered within `timeoutMs`, or fails, the request is let through and that is logged: its
 * signature and time window were checked already, and the platform's 3-second deadline must not
 * be spent waiting on the database.
 */
export class SharedReplayGuard implements ReplayGuard {
  private readonly local = new MemoryReplayCache();

  constructor(
    private readonly shared: (key: string, expiresAtMs: number) => Promise<boolean>,
    private readonly log: Logger,
    private readonly timeoutMs = 1000,
  ) {}

  async firstSeen(key: string, expiresAtMs: number): Promise<boolean> {
    if (!this.local.firstSeen(key, expiresAtMs)) return false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.timeoutMs)));
    const answer = this.shared(key, expiresAtMs).catch((err: unknown) => {
      this.log.warn('replay check failed; request accepted', { err });
      return true;
    });
    const first = await Promise.race([answer, late]).finally(() => clearTimeout(timer));
    if (first !== 'late') return first;
    this.log.warn('replay check: the database did not answer in time; request accepted', { waitedMs: this.timeoutMs });
    return true;
  }
}
