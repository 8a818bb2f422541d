import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { silentLogger } from '../../src/log.js';
import { openIndex, RecordingAdapter, TestClock } from '../support/services.js';

describe('a database of release 0.1.0, after the upgrade', () => {
  it('every subscription gets exactly what it had not had, from every source it had, and nothing twice', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'herald-upgrade-')), 'herald.db');
    copyFileSync('tests/fixtures/legacy/herald-v2.db', db);
    const clock = new TestClock(new Date('2024-11-26T12:00:00Z'));
    const { store, files, library } = await openIndex(db, 'tests/fixtures/legacy/digests', clock);
    expect(await store.placeLegacyCursors()).toBe(4);
    const adapters = new Map(['discord', 'slack', 'console'].map((p) => [p, new RecordingAdapter(p)]));
    const scheduler = new Scheduler({
      store,
      library,
      posters: adapters,
      log: silentLogger,
      clock,
      maxRetries: 0,
      backoffMs: 1,
      holder: 'upgrade',
      exclusive: true,
    });
    await scheduler.start(); // hands back the claim the crash left, and catches up the missed fires
    for (const [platform, channel] of [
      ['discord', '111'],
      ['slack', 'C222'],
      ['discord', '333'],
      ['console', 'terminal'],
    ] as const) {
      await scheduler.fire(platform, channel, 'manual');
    }
    const got = (p: string, c: string) => adapters.get(p)!.digestsTo(c).sort();
    const pending = ['2024-11-23-dam-opens', '2024-11-24-kursk', '2024-11-24-market-moves'];
    // 111 had the harbour and library articles; C222 had the library one (harbour skipped, kursk failed);
    // the terminal's kursk post was cut short by a crash; both feed articles came after all of them.
    expect(got('discord', '111')).toEqual(pending);
    expect(got('slack', 'C222')).toEqual(pending);
    expect(got('console', 'terminal')).toEqual(pending);
    expect(got('discord', '333')).toEqual([]); // still paused
    // Nothing posted twice across the catch-up, the recovery and the manual fires.
    for (const a of adapters.values()) expect(new Set(a.posts.map((p) => p.key)).size).toBe(a.posts.length);
    expect((await store.getSubscription('slack', 'C222'))?.sources).toBeNull();
    // Its feeds are known as feeds, so one that answers with a sign-in or consent page fails rather than being posted.
    const kinds = (await store.sources.listSources()).map((s) => [s.id, s.kind]);
    expect(kinds.sort()).toEqual([
      ['local-example-net', 'feed'],
      ['world-desk', 'feed'],
    ]);
    await scheduler.stop(1000);
    files.stop();
    await store.close();
  });
});
