import type { Subscription } from '../../src/store/types.js';

/** A subscription as /subscribe stores it (daily 08:00 in Kyiv, on Discord), with `over` applied. */
export const subscription = (channelId: string, over: Partial<Subscription> = {}): Subscription => ({
  platform: 'discord',
  channelId,
  cron: '0 8 * * *',
  schedule: 'daily 08:00',
  timeZone: 'Europe/Kyiv',
  reminders: true,
  createdBy: 'u1',
  createdAt: '2024-11-24T00:00:00Z',
  pausedReason: null,
  lastFireAt: null,
  cursor: 0,
  firstArticle: null,
  community: null,
  sources: null,
  topics: null,
  format: 'each',
  ...over,
});

/**
 * The terminal's subscription firing every 2 s (faster than /subscribe allows), made from now, as a
 * test writes it to the store before starting the bot.
 */
export const terminalEveryTwoSeconds = (over: Partial<Subscription> = {}): Subscription => {
  const at = new Date().toISOString();
  return subscription('terminal', {
    platform: 'console',
    cron: '*/2 * * * * *',
    schedule: 'every 2 seconds',
    timeZone: 'UTC',
    createdBy: 'console',
    createdAt: at,
    lastFireAt: at,
    ...over,
  });
};
