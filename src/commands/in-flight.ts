import { settlesWithin } from '../time/settles-within.js';

/** Commands still being answered after their platform request was answered, so that stop() can wait for them. */
export class InFlight {
  private readonly work = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    this.work.add(work);
    void work.finally(() => this.work.delete(work)).catch(() => {});
  }

  get size(): number {
    return this.work.size;
  }

  /** Waits up to `timeoutMs` for them all; returns how many were cut short (0 when all finished). */
  async settle(timeoutMs: number): Promise<number> {
    if (this.work.size === 0) return 0;
    return (await settlesWithin(Promise.allSettled([...this.work]), timeoutMs)) ? 0 : this.work.size;
  }
}
