import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { silentLogger } from '../../src/log.js';
import { openIndex, RecordingAdapter, TestClock } from '../support/services.js';
import { subscription } from '../support/subscription.js';

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

const DAM = `Dam spillway works finish early
date 2025-02-10

Engineers finished strengthening the spillway of the upper reservoir dam on Monday, three weeks ahead of plan. The road across the crest reopens to cars on 1 March. “The concrete cured faster in the dry weather,” said the site manager, Ola Berg.
`;
const CHOIR = `Children's choir tours the valley
date 2025-02-11

The school choir of the valley villages sets off on Tuesday on a tour of seven churches. Parents raised the money for the coach with a winter bake sale. Their last concert is in the cathedral on 22 February.
`;

describe('a database of the release before file editions, after the upgrade', () => {
  it('keeps every delivery, and a new story written over a file posted before is posted once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-upgrade-editions-'));
    const dir = join(root, 'digests');
    mkdirSync(dir);
    writeFileSync(join(dir, 'today.md'), DAM);
    const db = join(root, 'herald.db');
    const clock = new TestClock(new Date('2025-02-12T08:00:00Z'));
    const world = async () => {
      const w = await openIndex(db, dir, clock);
      const adapter = new RecordingAdapter();
      const scheduler = new Scheduler({
        ...{ store: w.store, library: w.library, posters: new Map([['test', adapter]]), log: silentLogger, clock },
        ...{ maxRetries: 0, backoffMs: 1, holder: 'upgrade', exclusive: true },
      });
      return { ...w, adapter, scheduler };
    };
    const before = await world();
    await before.store.upsertSubscription(subscription('c1', { platform: 'test', cron: '0 * * * *' }));
    await before.scheduler.fire('test', 'c1', 'manual');
    expect(before.adapter.digestsTo('c1')).toEqual(['today']);
    await before.scheduler.stop(1000);
    before.files.stop();
    await before.store.close();
    // As the release before left it: no file names, no removed names, schema version 10.
    const raw = new Database(db);
    raw.exec('DROP TABLE retired_names; DROP INDEX articles_name; ALTER TABLE articles DROP COLUMN name;');
    // Nor what the later migrations add (the deliveries index, the carried time, the read times).
    raw.exec(
      'DROP INDEX deliveries_article; ALTER TABLE article_sources DROP COLUMN carried_at; ' +
        'ALTER TABLE sources DROP COLUMN last_read_at; DROP INDEX source_seen_at; ' +
        'ALTER TABLE subscriptions DROP COLUMN schedule_from; ALTER TABLE subscriptions DROP COLUMN prev_fire_at; ' +
        'DROP TABLE edited_texts;',
    );
    raw.pragma('user_version = 10');
    raw.close();

    const after = await world();
    expect(await after.store.getDelivery('test', 'c1', 'today')).toMatchObject({ status: 'sent' });
    writeFileSync(join(dir, 'today.md'), CHOIR);
    await after.files.sync();
    for (let i = 0; i < 2; i++) await after.scheduler.fire('test', 'c1', 'manual');
    expect(after.adapter.digestsTo('c1')).toEqual(['today~2']);
    expect((await after.library.resolve('today')).title).toBe("Children's choir tours the valley");
    await after.scheduler.stop(1000);
    after.files.stop();
    await after.store.close();
  });
});
