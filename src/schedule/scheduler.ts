import type { Poster } from '../chat/poster.js';
import type { Subscription } from '../store/types.js';
import { deliverToChannel, type DeliveryDeps, type FireOutcome } from './deliver.js';
import { missedFires } from './fires.js';
import { channelKey, CronTasks, type TaskSchedule } from './cron-tasks.js';
import { FireSlots } from './fire-slots.js';
import { Recovery } from './recovery.js';
import type { Fire } from '../store/coordination.js';
import { StoreUnavailableError } from '../errors.js';
import { settlesWithin } from '../time/settles-within.js';
import { fireCounts, takeFire } from './take-fire.js';
import { StoreOutage } from './store-outage.js';

export type SchedulerDeps = Omit<DeliveryDeps, 'adapter' | 'unsaved'> & {
  posters: ReadonlyMap<string, Poster>;
  /** Fires running at once; the rest wait their turn (default MAX_CONCURRENT_FIRES). */
  maxConcurrentFires?: number;
  /**
   * This process is the only one on the store (SQLite, with its instance lock): every claim left
   * over at start is its own from before a crash, lease or not. Otherwise only expired leases are.
   */
  exclusive?: boolean;
  /** Told how many instances share the database, whenever that is counted (to share a platform's budget). */
  onInstances?: (n: number) => void;
  /** With other instances, how often tasks are brought in line with the store (default SYNC_MS). */
  syncEveryMs?: number;
};

/** Why a fire runs: its schedule, a missed one at start, work cut short, or a person/test asking. */
export type FireReason = 'scheduled' | 'catch-up' | 'recovery' | 'manual';

/**
 * A thousand channels on one schedule fire in the same second. Preparing every post at once stalls
 * the event loop; fifty at a time keeps the pipe full. (The platform's global limit is paced by the
 * adapter: bench, 1,000 Discord channels against the rate-limited fake.)
 */
export const MAX_CONCURRENT_FIRES = 50;
/**
 * With other instances, /subscribe tells only the instance that answered it: the others read the
 * subscriptions again this often (and check a task's schedule against the store before each fire).
 */
export const SYNC_MS = 30_000;

/**
 * One node-cron task per subscription, in its time zone, never overlapping itself. Tasks follow the
 * store: `sync()` creates, replaces and removes them as subscriptions change, without a restart.
 */
export class Scheduler {
  private readonly tasks: CronTasks;
  private readonly slots: FireSlots;
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopping = false;
  private readonly unsaved = new Map<string, { messageId: string | null }>();
  private readonly outage: StoreOutage;
  private syncTimer: NodeJS.Timeout | null = null;
  // Counts syncOne() calls, so that a background sync() never applies a list read before one of them.
  private changes = 0;
  private readonly recovery: Recovery;

  constructor(private readonly deps: SchedulerDeps) {
    this.recovery = new Recovery(deps, (p, c, reason, fire) => this.fire(p, c, reason, undefined, fire));
    this.tasks = new CronTasks(deps.log, (s, slot, schedule) =>
      this.fire(s.platform, s.channelId, 'scheduled', slot, undefined, schedule),
    );
    this.slots = new FireSlots(deps.maxConcurrentFires ?? MAX_CONCURRENT_FIRES);
    this.outage = new StoreOutage(deps.log);
  }

  /** One look for unfinished work now (tests; the scheduler also looks every few seconds). */
  sweep(): Promise<void> {
    return this.recovery.sweep();
  }

  /**
   * Starts the tasks. Claims left by a crash are handed back first; each subscription whose fire
   * was missed while the bot was down gets one catch-up fire now.
   */
  async start(): Promise<void> {
    const now = this.deps.clock.now();
    await this.recovery.start();
    const released = await this.deps.store.releaseStaleClaims(this.deps.exclusive ? '9999-12-31' : now.toISOString());
    if (released > 0) this.deps.log.warn('retrying deliveries interrupted by a crash', { count: released });
    const subs = await this.sync();
    if (!this.deps.exclusive && !this.stopping) {
      this.syncTimer = setInterval(
        () =>
          void this.sync(true).catch((err: unknown) =>
            this.deps.log.warn('could not read the subscriptions again; trying again shortly', { err }),
          ),
        this.deps.syncEveryMs ?? SYNC_MS,
      );
      this.syncTimer.unref();
    }
    // Missed up to now, read after the tasks were made: each task fires the slots after the second it
    // was made, so a slot passed while the store was read (a restart just before 08:00) is caught up
    // here rather than lost between the two.
    const catchUps = missedFires(subs, this.deps.clock.now());
    // The missed slot is the fire's name: instances starting together catch up once between them.
    await Promise.all(catchUps.map(({ s, due }) => this.fire(s.platform, s.channelId, 'catch-up', due)));
    if (released > 0) {
      // Interrupted deliveries whose channel had no missed fire are retried now too.
      const done = new Set(catchUps.map(({ s }) => channelKey(s)));
      const rest = subs.filter((s) => !done.has(channelKey(s)) && s.pausedReason === null);
      await Promise.all(rest.map((s) => this.fire(s.platform, s.channelId, 'recovery')));
    }
  }

  /** Brings the tasks in line with the subscriptions in the store; returns those with an adapter here. */
  async sync(background = false): Promise<Subscription[]> {
    const changes = this.changes;
    const subs = (await this.deps.store.listSubscriptions()).filter((s) => this.deps.posters.has(s.platform));
    if (this.stopping) return subs;
    // A channel changed here while the list was read: the list may be older than its task (the next look applies it).
    if (background && changes !== this.changes) return subs;
    this.tasks.setAll(subs);
    return subs;
  }

  /** Brings one channel's task in line with its subscription (after /subscribe or /unsubscribe there). */
  async syncOne(platform: string, channelId: string): Promise<void> {
    this.changes++;
    const s = await this.deps.store.getSubscription(platform, channelId);
    if (this.stopping) return;
    if (!s || !this.deps.posters.has(platform)) this.tasks.drop({ platform, channelId });
    else this.tasks.place(s);
  }

  /** How many subscriptions have a live task (paused ones have none). */
  get size(): number {
    return this.tasks.size;
  }

  /**
   * Runs one fire for one channel now: its own unit of work; a failure is logged and stays there.
   * With `dueAt` (a schedule's slot) and other instances on the database, the fire is taken first:
   * the instance that takes it runs it, the others do nothing.
   */
  fire(
    platform: string,
    channelId: string,
    reason: FireReason,
    dueAt?: Date,
    taken?: Fire,
    schedule?: TaskSchedule,
  ): Promise<FireOutcome | null> {
    const run = (async () => {
      // A slot first, then the fire: an instance busy with its share takes no more, so the fires of a
      // fan-out spread over the instances by how fast each gets through them.
      const release = await this.slots.take();
      // A task whose subscription was changed or removed through another instance: not this schedule's
      // fire any more (and, taken, it would keep the new schedule's fire at the same instant from running).
      if (schedule && !(await this.stillWanted(platform, channelId, schedule))) {
        release();
        return null;
      }
      const fire =
        taken ?? (dueAt ? await takeFire({ ...this.deps, outage: this.outage }, platform, channelId, dueAt) : null);
      if (fire === false) {
        release();
        return null;
      }
      try {
        if (dueAt) this.deps.metrics?.fireLag(Math.max(0, this.deps.clock.now().getTime() - dueAt.getTime()) / 1000);
        return await this.runFire(platform, channelId, reason, taken);
      } finally {
        release();
        // Left open when this instance stops first: another one finds it and runs it.
        if (fire && !this.stopping)
          await this.deps.store.coordination.finishFire(fire, this.deps.clock.now().toISOString()).catch(() => {});
      }
    })();
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  // Whether a task's schedule is still its subscription's; if not, the task is brought in line.
  private async stillWanted(platform: string, channelId: string, schedule: TaskSchedule): Promise<boolean> {
    if (this.deps.exclusive) return true; // one process: /subscribe here has already replaced the task
    try {
      const s = await this.deps.store.getSubscription(platform, channelId);
      if (s && s.cron === schedule.cron && s.timeZone === schedule.timeZone) return true;
      this.deps.log.info('fire skipped: the subscription was changed through another instance', {
        platform,
        channel: channelId,
      });
      if (!this.stopping) {
        if (s && this.deps.posters.has(platform)) this.tasks.place(s);
        else this.tasks.drop({ platform, channelId });
      }
      return false;
    } catch {
      return true; // the store is down: the fire finds out and says so
    }
  }

  private async runFire(platform: string, channelId: string, reason: FireReason, taken?: Fire) {
    const where = { platform, channel: channelId, reason };
    try {
      if (this.stopping) return null;
      if (this.outage.active) {
        this.deps.log.debug('fire skipped: the database was unavailable a moment ago', where);
        return null;
      }
      const sub = await this.deps.store.getSubscription(platform, channelId);
      const adapter = this.deps.posters.get(platform);
      if (!sub || !adapter) return null;
      if (sub.pausedReason !== null) {
        this.deps.log.debug('fire skipped: subscription paused', { ...where, paused: sub.pausedReason });
        return null;
      }
      const { record, retry, owedOnly } = fireCounts(reason, sub, taken);
      const now = this.deps.clock.now().toISOString();
      if (record) await this.deps.store.setLastFire(platform, channelId, now, { retry });
      const outcome = await deliverToChannel(
        sub,
        { ...this.deps, adapter, unsaved: this.unsaved },
        { reminders: !owedOnly, passOver: !owedOnly },
      );
      this.deps.log.debug('fire done', { ...where, ...outcome });
      // Paused: no task until /subscribe resumes it (read again: a resume during this fire keeps it).
      if (outcome.paused !== null) await this.syncOne(platform, channelId).catch(() => {});
      return outcome;
    } catch (err) {
      if (err instanceof StoreUnavailableError) {
        // Every other channel would hit the same wall: the fan-out stops here, and fires try again later.
        this.outage.report(where, err);
        return null;
      }
      this.deps.log.error('fire failed', { ...where, err });
      return null;
    }
  }

  /**
   * Stops all tasks, then waits (at most `timeoutMs`) for posts already under way. Claims still held
   * after that are let go (their leases end now) and, with other instances, this one leaves: they take
   * over its unfinished fires and claims at their next look instead of after a lease.
   */
  async stop(timeoutMs = 10_000): Promise<boolean> {
    this.stopping = true;
    this.recovery.stop();
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.tasks.clear();
    const finished = await settlesWithin(Promise.allSettled([...this.inFlight]), timeoutMs);
    await this.recovery.leave(finished);
    return finished;
  }
}
