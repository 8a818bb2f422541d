import type { Subscription } from '../store/types.js';

const DAY_MS = 86_400_000;
/** The least an article waits before a fire passes it over. */
const LEAST_WAIT_MS = DAY_MS;

/**
 * When a channel gets more than it can post (1,000 articles a day, 3 a fire), the rest waited for
 * later fires and the wait grew every day: after a month each post was a month-old story. An article
 * is passed over once it has waited through two of the channel's fires (it came before the fire
 * before the last) and at least a day: the instant before which articles arrived too long ago for the
 * fire at `at`, in ms; null before a channel's first fire. Without the fire before the last (one fire
 * so far, or a channel from before it was kept), twice the time since the last stands in for it. A
 * channel down with the bot waits as long as it was down.
 */
export function staleBefore(sub: Pick<Subscription, 'lastFireAt' | 'prevFireAt'>, at: Date): number | null {
  if (sub.lastFireAt === null) return null;
  const leastWait = at.getTime() - LEAST_WAIT_MS;
  if (sub.prevFireAt) return Math.min(leastWait, Date.parse(sub.prevFireAt));
  return Math.min(leastWait, at.getTime() - 2 * (at.getTime() - Date.parse(sub.lastFireAt)));
}
