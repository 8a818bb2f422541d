import type { Fire } from '../store/coordination.js';
import type { SchedulerDeps, FireReason } from './scheduler.js';
import type { FireOutcome } from './deliver.js';

/** How often an instance says it is alive, and after how long without a word it counts as gone. */
export const BEAT_MS = 5_000;
export const GONE_AFTER_MS = 20_000;
/** How often each instance looks for work another one left undone. */
export const SWEEP_MS = 10_000;
const PRUNE_MS = 3_600_000;
const KEEP_FIRES_MS = 2 * 86_400_000;
const BATCH = 200;

type Fire_ = (platform: string, channelId: string, reason: FireReason, taken?: Fire) => Promise<FireOutcome | null>;

/**
 * Work that was started and not finished: claims whose holder's lease ran out (a crash, a hang, an
 * instance that stopped), and, with several instances, fires taken by an instance that no longer
 * says it is alive. Each instance looks every SWEEP_MS and runs what it finds, so a dead instance's
 * work is taken over within about its lease (30 s) or GONE_AFTER_MS, and a stopped one's at once.
 */
export class Recovery {
  private timers: NodeJS.Timeout[] = [];
  private lastPrune = 0;
  private sweeping = false;

  constructor(
    private readonly deps: SchedulerDeps,
    private readonly fire: Fire_,
  ) {}

  async start(): Promise<void> {
    if (!this.deps.exclusive) {
      await this.beat();
      this.every(BEAT_MS, () => this.beat());
    }
    this.every(SWEEP_MS, () => this.sweep());
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** At stop: claims still held are let go; with other instances, this one leaves (they take its fires now). */
  async leave(finished: boolean): Promise<void> {
    const { store, holder, clock, log } = this.deps;
    try {
      if (!finished) {
        const n = await store.letGoOfClaims(holder, clock.now().toISOString());
        if (n > 0)
          log.warn('posts still under way at stop were let go; they are retried by the next look for unfinished work', {
            count: n,
          });
      }
      if (!this.deps.exclusive) await store.coordination.leave(holder);
    } catch (err) {
      log.warn('could not hand over work at stop; it is taken over when its lease runs out', { err });
    }
  }

  /** One look for unfinished work; resolves when what it found has run. */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    const { store, clock, log, holder } = this.deps;
    try {
      const now = clock.now();
      const runs: Array<Promise<unknown>> = [];
      if (!this.deps.exclusive) {
        // One warning per look, not per channel: an instance stopped mid-fan-out leaves hundreds.
        const taken: string[] = [];
        const from = new Set<string>();
        for (const f of await store.coordination.orphanFires(
          new Date(now.getTime() - GONE_AFTER_MS).toISOString(),
          BATCH,
        )) {
          if (!(await store.coordination.retakeFire(f, holder, now.toISOString()))) continue;
          log.debug('taking over a fire of an instance that is gone', {
            platform: f.platform,
            channel: f.channelId,
            due: f.dueAt,
            from: f.holder,
          });
          taken.push(`${f.platform}:${f.channelId}`);
          from.add(f.holder);
          runs.push(this.fire(f.platform, f.channelId, 'catch-up', { ...f, holder }));
        }
        if (taken.length > 0)
          log.warn('taking over fires of an instance that is gone', {
            count: taken.length,
            from: [...from],
            channels: taken.slice(0, 5),
          });
      }
      for (const c of await store.channelsWithLapsedClaims(now.toISOString(), BATCH)) {
        log.info('retrying a post whose claim lapsed', { platform: c.platform, channel: c.channelId });
        runs.push(this.fire(c.platform, c.channelId, 'recovery'));
      }
      if (now.getTime() - this.lastPrune > PRUNE_MS && !this.deps.exclusive) {
        this.lastPrune = now.getTime();
        await store.coordination.pruneFires(new Date(now.getTime() - KEEP_FIRES_MS).toISOString());
        await store.coordination.pruneSeen(now.getTime());
      }
      await Promise.all(runs);
    } catch (err) {
      log.warn('looking for unfinished work failed; trying again shortly', { err });
    } finally {
      this.sweeping = false;
    }
  }

  private async beat(): Promise<void> {
    const { store, clock, holder } = this.deps;
    try {
      const now = clock.now();
      await store.coordination.beat(holder, now.toISOString());
      const n = await store.coordination.liveInstances(new Date(now.getTime() - GONE_AFTER_MS).toISOString());
      this.deps.onInstances?.(Math.max(1, n));
    } catch (err) {
      this.deps.log.warn('could not say this instance is alive', { err });
    }
  }

  private every(ms: number, fn: () => Promise<void>): void {
    const t = setInterval(() => void fn(), ms);
    t.unref();
    this.timers.push(t);
  }
}
