import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../fakes/discord.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { freshSchema, havePostgres } from '../support/postgres.js';
import { subscription } from '../support/subscription.js';

const enabled = havePostgres();
const CHANNELS = 1000;
const SEED = '2024-11-24-kursk';
const bots: ChildProcess[] = [];
afterAll(() => {
  for (const b of bots) b.kill('SIGKILL');
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startBot(env: NodeJS.ProcessEnv): { proc: ChildProcess; log: () => string } {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  proc.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  bots.push(proc);
  return { proc, log: () => log };
}

describe.runIf(enabled)('three Herald processes on one PostgreSQL, against the rate-limited Discord fake', () => {
  it('post to every one of 1,000 channels once, even when one instance is killed mid-fan-out, with no global 429', async () => {
    const fake = await FakeDiscord.start({
      rateLimits: { globalPerSecond: 50, perChannel: { limit: 5, windowMs: 5000 } },
    });
    const url = await freshSchema();
    const root = mkdtempSync(join(tmpdir(), 'herald-instances-'));
    mkdirSync(join(root, 'digests'));
    copyFileSync(`digests/${SEED}.txt`, join(root, 'digests', `${SEED}.txt`));
    const channels = Array.from({ length: CHANNELS }, (_, i) => String(300000000000000000n + BigInt(i)));

    // Every channel fires at the same second, a little after the three instances are up.
    const slot = new Date(Math.ceil((Date.now() + 25_000) / 1000) * 1000);
    const cron = `${slot.getUTCSeconds()} ${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`;
    const setup = await PostgresStore.open(url, { max: 2 });
    const before = new Date().toISOString();
    for (const channelId of channels) {
      await setup.upsertSubscription(
        subscription(channelId, {
          cron,
          schedule: 'bench',
          timeZone: 'UTC',
          reminders: false,
          createdBy: 'U1',
          createdAt: before,
          lastFireAt: before,
        }),
      );
    }
    const publicKey = generateKeyPairSync('ed25519')
      .publicKey.export({ format: 'der', type: 'spki' })
      .subarray(-32)
      .toString('hex');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: root,
      LOG_LEVEL: 'info',
      HERALD_DB: url,
      HERALD_DIGESTS_DIR: join(root, 'digests'),
      HERALD_CONSOLE: 'off',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: publicKey,
      PORT: '0',
    };
    const three = [startBot(env), startBot(env), startBot(env)];
    for (
      const end = Date.now() + 20_000;
      three.some((b) => !b.log().includes('"msg":"herald started"')) && Date.now() < end;
    )
      await sleep(100);
    expect(three.every((b) => b.log().includes('"msg":"herald started"'))).toBe(true);

    // Kill one instance once the fan-out is well under way.
    for (const end = slot.getTime() + 30_000; fake.rateLimitStats.accepted < 250 && Date.now() < end; ) await sleep(50);
    const victim = three[1]!;
    victim.proc.kill('SIGKILL');
    const acceptedAtKill = fake.rateLimitStats.accepted;
    expect(acceptedAtKill).toBeLessThan(CHANNELS);

    const posted = () => channels.filter((c) => fake.channelMessages(c).length > 0).length;
    for (const end = Date.now() + 120_000; posted() < CHANNELS && Date.now() < end; ) await sleep(250);

    // Nothing lost, nothing doubled: one message in every channel.
    expect(posted()).toBe(CHANNELS);
    expect(channels.filter((c) => fake.channelMessages(c).length !== 1)).toEqual([]);
    // A repeat (a post the killed instance may have made) carries the same nonce, so Discord drops it.
    const posts = fake.requestsTo('POST', /^\/channels\/\d+\/messages$/);
    const nonces = new Map<string, Set<string>>();
    for (const r of posts) {
      const set = nonces.get(r.route) ?? new Set<string>();
      set.add(String((r.body as { nonce?: unknown }).nonce));
      nonces.set(r.route, set);
    }
    expect([...nonces.values()].filter((s) => s.size !== 1)).toEqual([]);
    expect(fake.rateLimitStats.global429).toBe(0);
    // The survivors took over what the killed instance had taken.
    const survivors = three.filter((b) => b !== victim);
    expect(
      survivors.some(
        (b) =>
          b.log().includes('taking over fires of an instance that is gone') ||
          b.log().includes('retrying a post whose claim lapsed'),
      ),
    ).toBe(true);
    const sent = await setup.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM deliveries WHERE status = 'sent'`);
    expect(sent?.n).toBe(CHANNELS);
    await setup.close();
    for (const b of survivors) b.proc.kill('SIGTERM');
    await Promise.all(survivors.map((b) => new Promise((r) => b.proc.once('exit', r))));
    await fake.close();
  }, 240_000);
});
