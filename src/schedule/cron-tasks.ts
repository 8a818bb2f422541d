import { createTask, type ScheduledTask } from 'node-cron';
import type { Logger } from '../log.js';
import type { Subscription } from '../store/types.js';
import { cronLogger } from './cron-logger.js';

/** A task's schedule, as its subscription had it when the task was made. */
export interface TaskSchedule {
  cron: string;
  timeZone: string;
}

type Channel = Pick<Subscription, 'platform' | 'channelId'>;
/**
 * Called at each slot of a channel's schedule, with the slot and the schedule that made it; the task
 * waits for what it returns (noOverlap: a slot that comes while it runs is skipped).
 */
export type OnSlot = (s: Channel, slot: Date, schedule: TaskSchedule) => Promise<unknown>;

export const channelKey = (s: Channel): string => `${s.platform}\u0000${s.channelId}`;

/**
 * The node-cron tasks, one per subscribed channel, in its time zone, never overlapping itself. Only
 * the tasks: what a slot does, and when the set follows the store, is the scheduler's business.
 */
export class CronTasks {
  private readonly tasks = new Map<string, { task: ScheduledTask } & TaskSchedule>();

  constructor(
    private readonly log: Logger,
    private readonly onSlot: OnSlot,
  ) {}

  /** How many channels have a live task (the subscribed ones not paused). */
  get size(): number {
    return this.tasks.size;
  }

  /** Makes the tasks exactly these subscriptions': the others' tasks go, new or changed ones are made. */
  setAll(subs: readonly Subscription[]): void {
    const wanted = new Map(subs.map((s) => [channelKey(s), s]));
    for (const key of this.tasks.keys()) if (!wanted.has(key)) this.dropKey(key);
    for (const s of wanted.values()) this.place(s);
  }

  /**
   * Gives a channel a task on the subscription's schedule (a task on another one is replaced). A paused
   * one has none: its fires did nothing, and a channel deleted or left never resumes, so every channel
   * lost over months kept a timer and a look at the store on each of its slots.
   */
  place(s: Subscription): void {
    const key = channelKey(s);
    if (s.pausedReason !== null) {
      this.dropKey(key);
      return;
    }
    const have = this.tasks.get(key);
    if (have && have.cron === s.cron && have.timeZone === s.timeZone) return;
    if (have) this.dropKey(key);
    const schedule = { cron: s.cron, timeZone: s.timeZone };
    const channel = { platform: s.platform, channelId: s.channelId };
    const task = createTask(s.cron, (ctx) => this.onSlot(channel, ctx.date, schedule), {
      timezone: s.timeZone,
      noOverlap: true,
      // node-cron drops a slot its timer reaches more than a second late (a busy event loop, a machine
      // waking from sleep, a clock set forward), with a warning line of its own: the channel would wait
      // for its next slot, a day later for "daily". The latest slot due runs late instead, once (the
      // earlier ones it passed over are dropped), as the catch-up at start does.
      missedExecutionTolerance: Number.POSITIVE_INFINITY,
      suppressMissedWarning: true,
      name: `herald:${s.platform}:${s.channelId}`,
      logger: cronLogger(this.log, { platform: s.platform, channel: s.channelId }),
    });
    void task.start();
    this.tasks.set(key, { task, ...schedule });
  }

  /** Removes a channel's task, if it has one. */
  drop(s: Channel): void {
    this.dropKey(channelKey(s));
  }

  /** Removes every task (at stop). */
  clear(): void {
    for (const t of this.tasks.values()) void t.task.destroy();
    this.tasks.clear();
  }

  private dropKey(key: string): void {
    const t = this.tasks.get(key);
    if (!t) return;
    void t.task.destroy();
    this.tasks.delete(key);
  }
}
