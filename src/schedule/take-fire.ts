import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Fire } from '../store/coordination.js';
import type { Store, Subscription } from '../store/types.js';
import { StoreUnavailableError } from '../errors.js';
import type { StoreOutage } from './store-outage.js';

/**
 * Takes a schedule's fire for this instance: the fire to finish afterwards, null when no other
 * instance could want it (one process on the store), false when another instance has it or the
 * store could not say (skipped: the one that took it, or the next fire, posts). A database found
 * unavailable is not tried again by every channel: `outage` says so once and skips the others.
 */
export async function takeFire(
  deps: {
    store: Store;
    holder: string;
    exclusive?: boolean | undefined;
    log: Logger;
    clock: Clock;
    outage?: StoreOutage | undefined;
  },
  platform: string,
  channelId: string,
  dueAt: Date,
): Promise<Fire | null | false> {
  if (deps.exclusive) return null;
  if (deps.outage?.active) {
    deps.log.debug('fire skipped: the database was unavailable a moment ago', { platform, channel: channelId });
    return false;
  }
  const fire: Fire = {
    platform,
    channelId,
    // Whole seconds, so that every instance names the same slot the same way.
    dueAt: new Date(Math.floor(dueAt.getTime() / 1000) * 1000).toISOString(),
    holder: deps.holder,
  };
  try {
    return (await deps.store.coordination.takeFire(fire, deps.clock.now().toISOString())) ? fire : false;
  } catch (err) {
    if (err instanceof StoreUnavailableError && deps.outage) {
      deps.outage.report({ platform, channel: channelId, reason: 'scheduled' }, err);
      return false;
    }
    deps.log.error('could not take a fire; skipped (another instance or the next one will post)', {
      platform,
      channel: channelId,
      err,
    });
    return false;
  }
}

/**
 * Whether `taken`, a fire taken over from an instance that is gone, was begun there: its time is
 * recorded as the channel's last fire. Run again, it is a retry of that fire, not a fire after it
 * (else the fire before would count twice, and what waited through one fire be passed over).
 */
export function begunBefore(sub: Pick<Subscription, 'lastFireAt'>, taken: Fire | undefined): boolean {
  return taken !== undefined && sub.lastFireAt !== null && Date.parse(sub.lastFireAt) >= Date.parse(taken.dueAt);
}

/**
 * How a fire counts. A retry of work cut short (at start, or taken over) finishes the fire it
 * retries; a fire by hand (the terminal's at start) is none of the channel's fires, or Herald
 * started twice in a day would have a daily channel pass over what waited a day. Either posts what
 * is owed: no reminder, and nothing passed over as stale.
 */
export function fireCounts(
  reason: string,
  sub: Pick<Subscription, 'lastFireAt'>,
  taken: Fire | undefined,
): { record: boolean; retry: boolean; owedOnly: boolean } {
  const retry = reason === 'recovery' || begunBefore(sub, taken);
  const manual = reason === 'manual';
  return { record: !manual, retry, owedOnly: retry || manual };
}
