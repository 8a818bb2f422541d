import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnHerald } from '../../support/spawn-herald.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { subscription, terminalEveryTwoSeconds } from '../../support/subscription.js';
import { until } from '../../support/until.js';

describe('npm start with no platform token (console adapter)', () => {
  it('prints the newest digest, answers typed commands, posts a dropped-in article at the next fire, stops cleanly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-start-'));
    const dir = join(root, 'digests');
    mkdirSync(dir);
    copyFileSync('digests/2024-11-24-kursk.txt', join(dir, '2024-11-24-kursk.txt'));
    // The terminal fires every 2 s, faster than any schedule /subscribe takes: its subscription is made
    // in the store beforehand, so the bot keeps it instead of subscribing on HERALD_CONSOLE_SCHEDULE.
    const db = join(root, 'data', 'herald.db');
    const store = await SqliteStore.open(db);
    await store.upsertSubscription(terminalEveryTwoSeconds());
    await store.close();
    const env = { PATH: process.env.PATH ?? '', HOME: root, LOG_LEVEL: 'info', HERALD_DB: db, HERALD_DIGESTS_DIR: dir };
    const { proc: bot, out, err } = spawnHerald(env);
    try {
      expect(await until(() => out().includes('Kursk Oblast'), 15_000)).toBe(true);
      expect(out()).toContain('• ');

      bot.stdin.write('/quotes article:2024-11-24-kursk\n');
      expect(await until(() => out().includes('the Kursk campaign”'), 10_000)).toBe(true);
      expect(out()).toContain('“For Putin, driving us out of Kursk Oblast is paramount.');
      expect(out()).toContain('Volodymyr Zelenskyy:');

      writeFileSync(
        join(dir, '2030-05-01-summit.txt'),
        'date 2030-05-01 Leaders agreed to hold a summit on harbour safety. The summit is scheduled for 1 June 2030. Officials said talks went well.',
      );
      expect(await until(() => out().includes('Leaders agreed to hold a summit'), 10_000)).toBe(true);
      // The post is logged once it is done, a moment after it is printed.
      const logged = () =>
        err()
          .split('\n')
          .some((l) => l.includes('digest posted') && l.includes('2030-05-01-summit'));
      expect(await until(logged, 10_000)).toBe(true);

      // Logs are JSON lines that name the channel and article.
      const posted = err()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .find((e) => e.msg === 'digest posted' && e.article === '2030-05-01-summit');
      expect(posted).toMatchObject({ platform: 'console', channel: 'terminal', level: 'info' });
    } finally {
      bot.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((r) => bot.once('exit', r));
    expect(code).toBe(0);
    expect(err()).toContain('"msg":"stopped"');
    // The summit was posted once, not at every fire.
    expect(out().split('■ Leaders agreed to hold a summit').length - 1).toBe(1);
  }, 60_000);

  it('shows a new article once when Herald starts after a missed fire: the catch-up prints it, the greeting does not again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-start-'));
    const dir = join(root, 'digests');
    mkdirSync(dir);
    copyFileSync('digests/2024-11-24-kursk.txt', join(dir, '2024-11-24-kursk.txt'));
    // Stopped an hour ago with a fire due every minute, so a catch-up fire runs at start.
    const db = join(root, 'herald.db');
    const store = await SqliteStore.open(db);
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const sub = subscription('terminal', {
      platform: 'console',
      cron: '* * * * *',
      schedule: 'every minute',
      timeZone: 'UTC',
      createdBy: 'console',
      createdAt: hourAgo,
      lastFireAt: hourAgo,
    });
    await store.upsertSubscription(sub);
    await store.close();
    const env = { PATH: process.env.PATH ?? '', HOME: root, LOG_LEVEL: 'info', HERALD_DB: db, HERALD_DIGESTS_DIR: dir };
    const { proc: bot, out, err } = spawnHerald(env);
    try {
      expect(
        await until(() => err().includes('"msg":"herald started"') && out().includes('Kursk Oblast'), 15_000),
      ).toBe(true);
      // The greeting comes after "herald started"; a moment for it.
      await new Promise((r) => setTimeout(r, 1500));
      expect(out().split('■ Russian leader Vladimir Putin').length - 1).toBe(1);
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((r) => bot.once('exit', r))).toBe(0);
  }, 60_000);
});
