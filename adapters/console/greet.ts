import type { CommandBus } from '../../src/commands/bus.js';
import type { Scheduler } from '../../src/schedule/scheduler.js';
import type { Store } from '../../src/store/types.js';
import type { ArticleLibrary } from '../../src/library/library.js';
import type { Logger } from '../../src/log.js';
import { digestReply } from '../../src/chat/digest-reply.js';
import { CONSOLE_CHANNEL, type ConsoleAdapter } from './index.js';

/** Subscribes the terminal on `schedule` the first time, through the same command a chat user would run. */
export async function subscribeConsole(
  c: ConsoleAdapter,
  bus: CommandBus,
  store: Store,
  schedule: string,
  log: Logger,
): Promise<void> {
  if (await store.getSubscription(c.platform, CONSOLE_CHANNEL)) return;
  const reply = await bus.run(
    'subscribe',
    { schedule },
    { platform: c.platform, channelId: CONSOLE_CHANNEL, userId: 'console', canManage: true, community: 'console' },
  );
  log.info('console subscribed', { channel: CONSOLE_CHANNEL, reply: reply.parts[0]?.text });
}

/**
 * Shows the newest digest at once: delivered now if the terminal has not had it, else shown again,
 * unless this run has just printed it.
 */
export async function greet(
  c: ConsoleAdapter,
  scheduler: Scheduler,
  store: Store,
  library: ArticleLibrary,
  timeZone: string,
): Promise<void> {
  const newest = await library.newest();
  if (!newest) {
    c.print({
      visibility: 'private',
      kind: 'info',
      parts: [{ text: `No articles yet: add a .txt or .md file to ${library.dir}/.` }],
    });
    return;
  }
  const had = await store.getDelivery(c.platform, CONSOLE_CHANNEL, newest.id);
  // The catch-up fire at start (a fire missed while Herald was stopped) has just printed it.
  if (had?.status === 'sent' && c.printedHere(had.messageId)) return;
  if (had?.status !== 'sent') {
    await scheduler.fire(c.platform, CONSOLE_CHANNEL, 'manual');
    if ((await store.getDelivery(c.platform, CONSOLE_CHANNEL, newest.id))?.status === 'sent') return;
  }
  c.print(digestReply(newest, new Date(), timeZone));
}
