/**
 * 6. Several instances: delivery claims per second on PostgreSQL (4 processes racing for the same
 * keys) beside SQLite (one process, as it allows), each claim exactly once; and a 1,000-channel
 * Discord fan-out from 1 and from 3 bot processes (the real `adapters/main.ts`) on one PostgreSQL,
 * against the rate-limited Discord fake, beside the 19 s the limit itself needs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FakeDiscord } from '../../tests/fakes/discord.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { round, sleep } from './stats.js';

export interface ClaimsResult {
  database: string;
  processes: number;
  keys: number;
  claimsPerSecond: number;
  exactlyOnce: boolean;
}
export interface InstancesFanout {
  instances: number;
  channels: number;
  totalSeconds: number;
  boundSeconds: number;
  ratio: number;
  lost: number;
  doubled: number;
  global429: number;
  finished: boolean;
}
export interface InstancesResult {
  claims: ClaimsResult[];
  fanout: InstancesFanout[];
  skipped: string | null;
}

const SEED = '2024-11-24-kursk';

export async function runInstances(
  root: string,
  pgUrl: string | null,
  o: { keys: number; channels: number },
  progress: (s: string) => void,
): Promise<InstancesResult> {
  const out: InstancesResult = { claims: [], fanout: [], skipped: null };
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-multi-'));
  progress(`claims: SQLite, 1 process, ${o.keys} keys`);
  out.claims.push(await claims(root, join(dir, 'claims.db'), 1, o.keys, 'SQLite'));
  if (!pgUrl) {
    out.skipped = 'no PostgreSQL (set DATABASE_URL, or run scripts/postgres-throwaway.sh start)';
    return out;
  }
  progress(`claims: PostgreSQL, 4 processes, ${o.keys} keys`);
  out.claims.push(await claims(root, await schema(pgUrl), 4, o.keys, 'PostgreSQL'));
  for (const n of [1, 3]) {
    progress(`fan-out: ${n} instance${n > 1 ? 's' : ''} on PostgreSQL, ${o.channels} Discord channels`);
    out.fanout.push(await fanout(root, await schema(pgUrl), n, o.channels));
  }
  return out;
}

async function schema(url: string): Promise<string> {
  const name = `herald_bench_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE SCHEMA ${name}`);
  await c.end();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}

async function claims(
  root: string,
  db: string,
  processes: number,
  keys: number,
  database: string,
): Promise<ClaimsResult> {
  // Migrated once before the race, so no worker pays for it.
  const { openStore } = await import('../../src/store/open.js');
  await (await openStore(db)).close();
  const workers = Array.from({ length: processes }, (_, w) =>
    spawn(process.execPath, ['--import', 'tsx', 'bench/perf/claim-worker.ts', db, String(w), String(keys)], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const lines = workers.map((w) => lineReader(w));
  for (const l of lines) await l.next();
  const t0 = performance.now();
  for (const w of workers) w.stdin?.write('go\n');
  const results = await Promise.all(lines.map(async (l) => JSON.parse(await l.next()) as { won: number }));
  const seconds = (performance.now() - t0) / 1000;
  const won = results.reduce((s, r) => s + r.won, 0);
  return { database, processes, keys, claimsPerSecond: round(keys / seconds, 0), exactlyOnce: won === keys };
}

function lineReader(p: ChildProcess): { next(): Promise<string> } {
  let buf = '';
  const waiting: Array<(l: string) => void> = [];
  const ready: string[] = [];
  p.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const w = waiting.shift();
      if (w) w(line);
      else ready.push(line);
    }
  });
  return { next: () => new Promise((r) => (ready.length > 0 ? r(ready.shift() ?? '') : waiting.push(r))) };
}

async function fanout(root: string, url: string, instances: number, channels: number): Promise<InstancesFanout> {
  const fake = await FakeDiscord.start({
    rateLimits: { globalPerSecond: 50, perChannel: { limit: 5, windowMs: 5000 } },
  });
  const home = mkdtempSync(join(tmpdir(), 'herald-bench-inst-'));
  mkdirSync(join(home, 'digests'));
  copyFileSync(join(root, 'digests', `${SEED}.txt`), join(home, 'digests', `${SEED}.txt`));
  const ids = Array.from({ length: channels }, (_, i) => String(300000000000000000n + BigInt(i)));
  const slot = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000);
  const cron = `${slot.getUTCSeconds()} ${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`;
  const setup = await PostgresStore.open(url, { max: 2 });
  const before = new Date().toISOString();
  for (const channelId of ids) {
    await setup.upsertSubscription({
      platform: 'discord',
      channelId,
      cron,
      schedule: 'bench',
      timeZone: 'UTC',
      reminders: false,
      createdBy: 'U1',
      createdAt: before,
      pausedReason: null,
      lastFireAt: before,
      cursor: 0,
      firstArticle: null,
      community: null,
      sources: null,
      topics: null,
      format: 'each',
    });
  }
  const publicKey = generateKeyPairSync('ed25519')
    .publicKey.export({ format: 'der', type: 'spki' })
    .subarray(-32)
    .toString('hex');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    LOG_LEVEL: 'warn',
    HERALD_DB: url,
    HERALD_DIGESTS_DIR: join(home, 'digests'),
    HERALD_CONSOLE: 'off',
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_PUBLIC_KEY: publicKey,
    PORT: '0',
  };
  const bots = Array.from({ length: instances }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env, stdio: 'ignore' }),
  );
  const posted = () => ids.filter((c) => fake.channelMessages(c).length > 0).length;
  let last = Date.now();
  for (const end = slot.getTime() + 90_000; Date.now() < end; ) {
    const n = posted();
    if (n >= channels) break;
    await sleep(100);
    last = Date.now();
  }
  const accepted = fake
    .requestsTo('POST', /^\/channels\/\d+\/messages$/)
    .filter((r) => r.status === 200)
    .map((r) => r.at);
  const end = accepted.length > 0 ? Math.max(...accepted) : last;
  const totalSeconds = (end - slot.getTime()) / 1000;
  // 50 in any sliding second: the first 50 at 0 s, the last at (ceil(N / 50) - 1) s at best.
  const bound = Math.ceil(channels / 50) - 1;
  const result: InstancesFanout = {
    instances,
    channels,
    totalSeconds: round(totalSeconds, 2),
    boundSeconds: bound,
    ratio: round(totalSeconds / bound, 3),
    lost: channels - posted(),
    doubled: ids.filter((c) => fake.channelMessages(c).length > 1).length,
    global429: fake.rateLimitStats.global429,
    finished: posted() >= channels,
  };
  for (const b of bots) b.kill('SIGTERM');
  await Promise.all(bots.map((b) => new Promise((r) => b.once('exit', r))));
  await setup.close();
  await fake.close();
  return result;
}
