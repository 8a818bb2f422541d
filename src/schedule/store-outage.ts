import type { Logger } from '../log.js';

/** After the store was found unavailable, fires wait this long before they try it again. */
export const STORE_BACKOFF_MS = 30_000;

/**
 * The database found unavailable by a fire. Every other channel's fire would hit the same wall, so
 * for STORE_BACKOFF_MS fires do not try it, and the operator reads one line per outage window
 * instead of one per channel (1,000 channels on PostgreSQL gave 1,000 error lines a fire).
 */
export class StoreOutage {
  private until = 0;

  constructor(private readonly log: Logger) {}

  /** Whether a fire found the database unavailable less than STORE_BACKOFF_MS ago. */
  get active(): boolean {
    return Date.now() < this.until;
  }

  /** Notes that the database is unavailable; says so once per window, naming the channel that found it. */
  report(where: Record<string, unknown>, err: Error): void {
    if (!this.active)
      this.log.error('database unavailable; scheduled posts stop for 30 s', { ...where, error: err.message });
    this.until = Date.now() + STORE_BACKOFF_MS;
  }
}
