import { createTask, type ScheduledTask } from 'node-cron';
import type { Poster } from '../chat/poster.js';
import type { Subscription } from '../store/types.js';
import { deliverToChannel, type DeliveryDeps, type FireOutcome } from './deliver.js';
import { firesBetween } from './fires.js';
import { cronLogger } from './cron-logger.js';
import { Recovery } from './recovery.js';
import type { Fire } from '../store/coordination.js';
import { StoreUnavailableError } from '../errors.js';
import { settlesWithin } from '../time/settles-within.js';

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
  /**
   * With other instances, how often the tasks are brought in line with the store, for subscriptions
   * made, changed or removed through another instance (default SYNC_MS).
   */
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
/** After the store stayed unavailable, fires wait this long before they try it again. */
const STORE_BACKOFF_MS = 30_000;
/**
 * With other instances, /subscribe tells only the instance that answered it: the others read the
 * subscriptions again this often (and check a task's schedule against the store before each fire).
 */
export const SYNC_MS = 30_000;

const keyOf = (s: Pick<Subscription, 'platform' | 'channelId'>): string => `${s.platform}\u0000${s.channelId}`;

/**
 * One node-cron task per subscription, in its time zone, never overlapping itself. Tasks follow the
 * store: `sync()` creates, replaces and removes them as subscriptions change, without a restart.
 */
export class Scheduler {
  private readonly tasks = new Map<string, { task: ScheduledTask; cron: string; timeZone: string }>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopping = false;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly unsaved = new Map<string, { messageId: string | null }>();
  private storeDownUntil = 0;
  private syncTimer: NodeJS.Timeout | null = null;
  // Counts syncOne() calls, so that a background sync() never applies a list read before one of them.
  private changes = 0;
  private readonly recovery: Recovery;

  constructor(private readonly deps: SchedulerDeps) {
    this.recovery = new Recovery(deps, (p, c, reason, fire) => this.fire(p, c, reason, undefined, fire));
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
    const catchUps: Array<{ s: Subscription; due: Date }> = [];
    for (const s of subs) {
      if (s.pausedReason !== null || s.lastFireAt === null) continue;
      const [due] = firesBetween(s.cron, s.timeZone, new Date(s.lastFireAt), now, 1);
      if (due) catchUps.push({ s, due });
    }
    // The missed slot is the fire's name: instances starting together catch up once between them.
    await Promise.all(catchUps.map(({ s, due }) => this.fire(s.platform, s.channelId, 'catch-up', due)));
    if (released > 0) {
      // Interrupted deliveries whose channel had no missed fire are retried now too.
      const done = new Set(catchUps.map(({ s }) => keyOf(s)));
      const rest = subs.filter((s) => !done.has(keyOf(s)) && s.pausedReason === null);
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
    const wanted = new Map(subs.map((s) => [keyOf(s), s]));
    for (const key of this.tasks.keys()) if (!wanted.has(key)) this.drop(key);
    for (const s of wanted.values()) this.place(s);
    return subs;
  }

  /** Brings one channel's task in line with its subscription (after /subscribe or /unsubscribe there). */
  async syncOne(platform: string, channelId: string): Promise<void> {
    this.changes++;
    const s = await this.deps.store.getSubscription(platform, channelId);
    if (this.stopping) return;
    if (!s || !this.deps.posters.has(platform)) this.drop(keyOf({ platform, channelId }));
    else this.place(s);
  }

  private place(s: Subscription): void {
    const key = keyOf(s);
    const have = this.tasks.get(key);
    if (have && have.cron === s.cron && have.timeZone === s.timeZone) return;
    if (have) this.drop(key);
    const schedule = { cron: s.cron, timeZone: s.timeZone };
    const task = createTask(
      s.cron,
      (ctx) => this.fire(s.platform, s.channelId, 'scheduled', ctx.date, undefined, schedule),
      {
        timezone: s.timeZone,
        noOverlap: true,
        // node-cron drops a slot its timer reaches more than a second late (a busy event loop, a machine
        // waking from sleep, a clock set forward), with a warning line of its own: the channel would wait
        // for its next slot, a day later for "daily". The latest slot due runs late instead, once (the
        // earlier ones it passed over are dropped), as the catch-up at start does.
        missedExecutionTolerance: Number.POSITIVE_INFINITY,
        suppressMissedWarning: true,
        name: `herald:${s.platform}:${s.channelId}`,
        logger: cronLogger(this.deps.log, { platform: s.platform, channel: s.channelId }),
      },
    );
    void task.start();
    this.tasks.set(key, { task, cron: s.cron, timeZone: s.timeZone });
  }

  private drop(key: string): void {
    const t = this.tasks.get(key);
    if (!t) return;
    void t.task.destroy();
    this.tasks.delete(key);
  }

  /** How many subscriptions have a live task. */
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
    schedule?: { cron: string; timeZone: string },
  ): Promise<FireOutcome | null> {
    const run = (async () => {
      // A slot first, then the fire: an instance busy with its share takes no more, so the fires of a
      // fan-out spread over the instances by how fast each gets through them.
      const release = await this.slot();
      // A task whose subscription was changed or removed through another instance: not this schedule's
      // fire any more (and, taken, it would keep the new schedule's fire at the same instant from running).
      if (schedule && !(await this.stillWanted(platform, channelId, schedule))) {
        release();
        return null;
      }
      const fire = taken ?? (dueAt ? await this.take(platform, channelId, dueAt) : null);
      if (fire === false) {
        release();
        return null;
      }
      try {
        if (dueAt) this.deps.metrics?.fireLag(Math.max(0, this.deps.clock.now().getTime() - dueAt.getTime()) / 1000);
        return await this.runFire(platform, channelId, reason);
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
  private async stillWanted(
    platform: string,
    channelId: string,
    schedule: { cron: string; timeZone: string },
  ): Promise<boolean> {
    if (this.deps.exclusive) return true; // one process: /subscribe here has already replaced the task
    try {
      const s = await this.deps.store.getSubscription(platform, channelId);
      if (s && s.cron === schedule.cron && s.timeZone === schedule.timeZone) return true;
      this.deps.log.info('fire skipped: the subscription was changed through another instance', {
        platform,
        channel: channelId,
      });
      if (!this.stopping) {
        if (s && this.deps.posters.has(platform)) this.place(s);
        else this.drop(keyOf({ platform, channelId }));
      }
      return false;
    } catch {
      return true; // the store is down: the fire finds out and says so
    }
  }

  // The fire for this slot, if this instance gets it; null when no other instance could want it.
  private async take(platform: string, channelId: string, dueAt: Date): Promise<Fire | null | false> {
    if (this.deps.exclusive) return null;
    const fire: Fire = {
      platform,
      channelId,
      dueAt: new Date(Math.floor(dueAt.getTime() / 1000) * 1000).toISOString(),
      holder: this.deps.holder,
    };
    try {
      return (await this.deps.store.coordination.takeFire(fire, this.deps.clock.now().toISOString())) ? fire : false;
    } catch (err) {
      this.deps.log.error('could not take a fire; skipped (another instance or the next one will post)', {
        platform,
        channel: channelId,
        err,
      });
      return false;
    }
  }

  /** Waits for one of the concurrent-fire slots; resolves with the function that frees it. */
  private async slot(): Promise<() => void> {
    const max = this.deps.maxConcurrentFires ?? MAX_CONCURRENT_FIRES;
    // A freed slot passes straight to the next waiter, so the count never overshoots.
    if (this.running >= max) await new Promise<void>((r) => this.waiting.push(r));
    else this.running++;
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }

  private async runFire(platform: string, channelId: string, reason: FireReason): Promise<FireOutcome | null> {
    const where = { platform, channel: channelId, reason };
    try {
      if (this.stopping) return null;
      if (Date.now() < this.storeDownUntil) {
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
      await this.deps.store.setLastFire(platform, channelId, this.deps.clock.now().toISOString());
      // A retry of work cut short posts what is owed, not another reminder.
      const outcome = await deliverToChannel(
        sub,
        { ...this.deps, adapter, unsaved: this.unsaved },
        { reminders: reason !== 'recovery' },
      );
      this.deps.log.debug('fire done', { ...where, ...outcome });
      return outcome;
    } catch (err) {
      if (err instanceof StoreUnavailableError) {
        // Every other channel would hit the same wall: the fan-out stops here, and fires try again later.
        if (Date.now() >= this.storeDownUntil)
          this.deps.log.error('database unavailable; scheduled posts stop for 30 s', { ...where, error: err.message });
        this.storeDownUntil = Date.now() + STORE_BACKOFF_MS;
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
    for (const t of this.tasks.values()) void t.task.destroy();
    this.tasks.clear();
    const finished = await settlesWithin(Promise.allSettled([...this.inFlight]), timeoutMs);
    await this.recovery.leave(finished);
    return finished;
  }
}
