import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Fire } from '../store/coordination.js';
import type { Store } from '../store/types.js';

/**
 * Takes a schedule's fire for this instance: the fire to finish afterwards, null when no other
 * instance could want it (one process on the store), false when another instance has it or the
 * store could not say (skipped: the one that took it, or the next fire, posts).
 */
export async function takeFire(
  deps: { store: Store; holder: string; exclusive?: boolean | undefined; log: Logger; clock: Clock },
  platform: string,
  channelId: string,
  dueAt: Date,
): Promise<Fire | null | false> {
  if (deps.exclusive) return null;
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
    deps.log.error('could not take a fire; skipped (another instance or the next one will post)', {
      platform,
      channel: channelId,
      err,
    });
    return false;
  }
}
