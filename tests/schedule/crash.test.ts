import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { makeWorld } from '../support/services.js';
import { subscription } from '../support/subscription.js';
import { until } from '../support/until.js';

const CHANNELS = 12;
const ARTICLES = 3;

function startBot(db: string, dir: string, log: string) {
  return spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/crash-bot.ts', db, dir, log], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const posted = (log: string): string[] =>
  existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];

describe('crash safety (a real child process killed with SIGKILL mid-fan-out)', () => {
  it('loses nothing and doubles nothing: a claim cut short is checked on the platform before it is posted again', async () => {
    // Indexed at the time the bots run (their clock is the system's), as a running bot's articles are.
    const w = await makeWorld(new Date().toISOString());
    for (let i = 1; i < ARTICLES; i++)
      await w.addArticle(
        `2024-11-2${4 + i}-more`,
        `2024-11-2${4 + i}`,
        `Story ${i} about the talks. Officials will meet again on Monday.`,
      );
    const log = join(w.root, 'posts.log');
    // Every channel has all articles pending, and a missed every-second fire, so start() fans out at once.
    for (let c = 0; c < CHANNELS; c++) {
      await w.store.upsertSubscription(
        subscription(`ch${c}`, {
          platform: 'file',
          cron: '* * * * * *',
          schedule: 'every second',
          timeZone: 'UTC',
          reminders: false,
          createdBy: 'u',
          createdAt: '2024-01-01T00:00:00Z',
          lastFireAt: '2024-01-01T00:00:00Z',
        }),
      );
    }
    w.files.stop();
    await w.store.close();

    const first = startBot(w.dbPath, w.dir, log);
    await until(() => posted(log).length >= 10, 20_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const beforeRestart = posted(log);
    expect(beforeRestart.length).toBeGreaterThanOrEqual(10);
    expect(beforeRestart.length).toBeLessThan(CHANNELS * ARTICLES); // it really died mid-fan-out

    // What the store knew at the moment of the crash.
    const probe = await SqliteStore.open(w.dbPath);
    const inFlight = (await probe.staleClaims('9999-12-31')).map((d) => `${d.channelId} ${d.articleId}`);
    await probe.close();
    expect(inFlight.length).toBeGreaterThan(0);

    const second = startBot(w.dbPath, w.dir, log);
    const check = await SqliteStore.open(w.dbPath);
    let sent = 0;
    const sentCount = async () => {
      const row = await check.db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM deliveries WHERE platform = 'file' AND status = 'sent'`,
      );
      return (sent = row?.n ?? 0);
    };
    for (const end = Date.now() + 30_000; (await sentCount()) < CHANNELS * ARTICLES && Date.now() < end; )
      await new Promise((r) => setTimeout(r, 50));
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));

    expect(sent).toBe(CHANNELS * ARTICLES);
    const all = posted(log);
    const counts = new Map<string, number>();
    for (const line of all) counts.set(line, (counts.get(line) ?? 0) + 1);
    // Nothing lost: every channel got every article.
    expect(counts.size).toBe(CHANNELS * ARTICLES);
    // Nothing doubled: posts accepted just before the crash, while still claimed, were found on the platform.
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    await check.close();
  }, 60_000);
});
