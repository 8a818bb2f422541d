import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnHerald } from '../../support/spawn-herald.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { FixtureServer } from '../../sources/server.js';
import { serveFeed } from '../../feeds/rss.js';
import { terminalEveryTwoSeconds } from '../../support/subscription.js';

async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const TRAM = 'Tram depot reopens after the winter repairs';
const WIND = 'Wind farm cable laid across the bay';

let server: FixtureServer;
let root: string;
// The feeds answer only once the terminal has subscribed, so both first fetches land after it.
let openGate: () => void = () => {};
const gate = new Promise<void>((r) => (openGate = r));
beforeAll(async () => {
  server = await FixtureServer.start();
  root = mkdtempSync(join(tmpdir(), 'herald-console-feeds-'));
});
afterAll(async () => {
  openGate();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Serves a feed at /name.xml once the gate is open. */
function gatedFeed(name: string, title: string): string {
  const url = serveFeed(server, name, [title]);
  const route = server.routes.get(`/${name}.xml`);
  server.set(`/${name}.xml`, {
    handler: (_req, res) =>
      void gate.then(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(route?.body ?? '')),
  });
  return url;
}

describe('the console with two local feeds (the real bot, end to end)', () => {
  it('/sources add twice, /subscribe source:ID1 format:roundup: one roundup with only the first feed’s item, and /status says when and from where', async () => {
    const dir = join(root, 'digests');
    mkdirSync(dir);
    copyFileSync('digests/2024-11-24-kursk.txt', join(dir, '2024-11-24-kursk.txt'));
    const url1 = gatedFeed('one', TRAM);
    const url2 = gatedFeed('two', WIND);
    // The terminal fires every 2 s: its subscription is made beforehand, and /subscribe without a schedule keeps it.
    const db = join(root, 'herald.db');
    const store = await SqliteStore.open(db);
    await store.upsertSubscription(terminalEveryTwoSeconds({ reminders: false }));
    await store.close();
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: root,
      LOG_LEVEL: 'debug',
      HERALD_DB: db,
      HERALD_DIGESTS_DIR: dir,
      HERALD_CONSOLE: 'on',
      HERALD_SOURCES_ALLOW_PRIVATE: 'on',
      HERALD_TZ: 'UTC',
      // /sources add waits a few seconds for a first fetch the gate holds: the fetches must outlast both.
      HERALD_FETCH_TIMEOUT: '60',
    };
    const { proc: bot, out, err } = spawnHerald(env);
    const logs = () =>
      err()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const fires = () => logs().filter((e) => e.msg === 'fire done' && e.channel === 'terminal');
    try {
      await until(() => out().includes('Kursk Oblast'), 20_000, 'the newest digest at start');

      bot.stdin.write(`/sources add ${url1}\n`);
      await until(() => /Following \S+ as \S+,/.test(out()), 10_000, 'the first source added');
      const id1 = /Following \S+ as (\S+),/.exec(out())?.[1] ?? '';
      bot.stdin.write(`/sources add ${url2}\n`);
      await until(() => out().includes(`Following ${url2} as `), 10_000, 'the second source added');
      const id2 = new RegExp(`Following ${url2.replace(/[.]/g, '\\.')} as (\\S+),`).exec(out())?.[1] ?? '';
      expect(id1).not.toBe(id2);

      bot.stdin.write(`/subscribe source:${id1} format:roundup\n`);
      await until(() => out().includes('Subscription changed'), 10_000, 'the subscription changed');
      expect(out()).toContain(
        `Subscription changed: digests here every 2 seconds (UTC).\nSources: ${id1}. Topics: every article (no topics). Format: one roundup per fire. Reminders off.`,
      );
      openGate();

      await until(() => out().includes('■ News roundup'), 20_000, 'the roundup');
      const roundupAt = fires().length;
      await until(() => fires().length >= roundupAt + 2, 15_000, 'two more fires');
      const roundups = out()
        .split('■ News roundup')
        .slice(1)
        .map((r) => r.split('\n\n')[0] ?? '');
      expect(roundups).toHaveLength(1);
      expect(roundups[0]).toContain(`  • ${TRAM}\n    ${server.url('/one/')}`);
      expect(roundups[0]).toContain('— 1 new article');
      expect(out()).not.toContain(WIND);
      expect(logs().find((e) => e.msg === 'source fetched' && e.source === id2)).toMatchObject({
        added: [expect.any(String)],
      }); // fetched, not posted

      bot.stdin.write('/status\n');
      await until(() => out().includes('■ Herald in this channel'), 10_000, 'the status');
      const status = out().slice(out().indexOf('■ Herald in this channel')).split('\n\n')[0] ?? '';
      expect(status).toContain('  Schedule: every 2 seconds (cron */2 * * * * *), UTC');
      expect(status).toMatch(/\n {2}Next post: \w{3}, \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC\n/);
      expect(status).toMatch(
        new RegExp(`Sources: chosen\\n {4}• ${id1}: ok, last fetched \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`),
      );
      expect(status).not.toContain(id2);
      expect(status).toContain('Format: roundup: one post per fire');
      expect(status).toMatch(/Last posted: \S+, .* \(message console-[a-z0-9]+-\d+\)/);
      // Plain text on a terminal: no platform time codes.
      expect(status).not.toMatch(/<t:|<!date/);

      bot.stdin.write(`/status article:"${WIND.slice(0, 12)}"\n`);
      await until(() => out().includes('is not for this channel'), 10_000, 'why the second feed’s item was not posted');
      expect(out()).toContain(`it comes from the source ${id2}, which this channel does not take (sources: ${id1})`);
    } finally {
      bot.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((r) => bot.once('exit', r));
    expect(code).toBe(0);
  }, 90_000);
});
