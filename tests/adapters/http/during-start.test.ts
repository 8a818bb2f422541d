import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from '../../support/until.js';

const FILES = 3000;

async function probe(port: number, path: string): Promise<{ status: number; body: string } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(1000) });
    return { status: res.status, body: await res.text() };
  } catch {
    return null;
  }
}

// The first start on a full folder reads every file before anything else (20,000 new files: about
// 10 s). The health endpoints did not answer until it was over: a liveness probe with a short grace
// restarted Herald in the middle of that pass, and /readyz never said "herald: starting".
describe('the HTTP server during the first pass over a full articles folder', () => {
  it('answers /healthz 200 and /readyz 503 "herald: starting" while the files are read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-during-start-'));
    const dir = join(root, 'digests');
    mkdirSync(dir);
    for (let k = 0; k < FILES; k++)
      writeFileSync(
        join(dir, `2026-11-${String(1 + (k % 28)).padStart(2, '0')}-ferry-${k}.txt`),
        `date 2026-11-${String(1 + (k % 28)).padStart(2, '0')}\nThe ferry to the islands runs later this winter, route ${k}.\n\nThe operator said the new timetable starts on 3 January.\n`,
      );
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: root,
      LOG_LEVEL: 'info',
      HERALD_DB: join(root, 'herald.db'),
      HERALD_DIGESTS_DIR: dir,
      HERALD_HTTP: 'on',
      HERALD_HTTP_HOST: '127.0.0.1',
      PORT: '0',
    };
    const bot = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    bot.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const started = () => err.includes('"msg":"herald started"');
    const answers: Array<{ health: number | undefined; ready: string | undefined }> = [];
    try {
      const port = () => Number(/"msg":"http server listening","port":(\d+)/.exec(err)?.[1] ?? 0);
      expect(await until(() => port() > 0 || started(), 30_000)).toBe(true);
      while (!started() && bot.exitCode === null) {
        const [health, ready] = await Promise.all([probe(port(), '/healthz'), probe(port(), '/readyz')]);
        if (!started())
          answers.push({ health: health?.status, ready: ready ? `${ready.status} ${ready.body}` : undefined });
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(started()).toBe(true);
      expect(err).toContain(`"newFiles":${FILES}`);
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((r) => bot.once('exit', r))).toBe(0);
    // Probed every 50 ms for the whole pass (over a second): alive, and not yet ready.
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(answers.every((a) => a.health === 200)).toBe(true);
    expect(answers.every((a) => a.ready === '503 herald: starting\n')).toBe(true);
  }, 90_000);
});
