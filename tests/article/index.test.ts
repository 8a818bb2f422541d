import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CommandBus } from '../../src/commands/bus.js';
import { ArticleFiles } from '../../src/library/files.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { silentLogger } from '../../src/log.js';
import { openIndex, RecordingAdapter, TestClock, TEST_HOLDER } from '../support/services.js';
import { replyText } from '../support/reply-text.js';

const me = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };
const body = (n: number) =>
  `date 2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}\nStory ${n}: the council met on Monday. “We agreed,” said the mayor, Ana Lopes. The vote is on 3 March.\n`;

function folder(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'herald-index-'));
  const dir = join(root, 'digests');
  mkdirSync(dir);
  return { root, dir };
}

// The index of `dir` with a scheduler posting to a recording channel, and a command bus.
async function postingWorld(db: string, dir: string, clock: TestClock) {
  const { store, files, library } = await openIndex(db, dir, clock);
  const adapter = new RecordingAdapter();
  const scheduler = new Scheduler({
    store,
    library,
    posters: new Map([['test', adapter]]),
    log: silentLogger,
    clock,
    maxRetries: 0,
    backoffMs: 1,
    ...TEST_HOLDER,
  });
  const bus = new CommandBus(
    { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} },
    silentLogger,
    clock,
  );
  return { store, files, scheduler, adapter, bus };
}

describe('the article index', () => {
  it('starts on a folder of 10,000 files and answers commands from the index', async () => {
    const { root, dir } = folder();
    for (let n = 0; n < 10_000; n++) writeFileSync(join(dir, `story-${String(n).padStart(5, '0')}.txt`), body(n));
    const { store, files, library } = await openIndex(join(root, 'herald.db'), dir);
    expect(await library.count()).toBe(10_000);
    const bus = new CommandBus(
      { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} },
      silentLogger,
      { now: () => new Date('2024-12-01T00:00:00Z') },
    );
    expect(replyText(await bus.runText('digest story-04242', me))).toContain('Story 4242: the council met on Monday');
    expect(replyText(await bus.runText('articles', me))).toContain('and 9980 older');
    expect((await bus.complete('article', 'story-0424', undefined)).map((c) => c.value)).toHaveLength(10);
    // A second start reads nothing again: every file's stamp is the one indexed.
    expect(await files.sync()).toEqual({ added: [], changed: [], removed: [] });
    files.stop();
    await store.close();
  }, 120_000);

  it('follows the folder: a new file, an edit (same place, new version), a removal and a re-added file', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'a.txt'), body(1));
    const { store, files, library } = await openIndex(join(root, 'herald.db'), dir);
    files.watch();
    try {
      // Dropped in while running: seen by the watcher, or at once when a command asks for it by id.
      writeFileSync(join(dir, 'b.txt'), body(2));
      expect((await library.resolve('b')).text).toContain('Story 2');
      const before = await store.articles.meta('a');
      writeFileSync(join(dir, 'a.txt'), `${body(1)}An added line.\n`);
      utimesSync(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
      await files.sync();
      expect(await store.articles.meta('a')).toMatchObject({ seq: before?.seq, version: 2 });
      expect((await library.resolve('a')).text).toContain('An added line.');
      rmSync(join(dir, 'b.txt'));
      await files.sync();
      await expect(library.resolve('b')).rejects.toThrow(/No article "b"/);
      writeFileSync(join(dir, 'b.txt'), body(3));
      await files.sync();
      expect((await library.resolve('b')).text).toContain('Story 3');
    } finally {
      files.stop();
      await store.close();
    }
  });

  it('takes in a file whose id another file held once that file is gone, without a restart', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'harbour.txt'), body(1));
    writeFileSync(
      join(dir, 'harbour.md'),
      '---\ntitle: The Markdown one\ndate: 2024-05-06\n---\nThe ferry sails on 9 May.\n',
    );
    // The .md file came later, so the .txt file holds the id.
    utimesSync(join(dir, 'harbour.md'), new Date(), new Date(Date.now() + 5000));
    const { store, files, library } = await openIndex(join(root, 'herald.db'), dir);
    try {
      expect((await library.resolve('harbour')).text).toContain('Story 1');
      // Renamed while the bot runs: the next pass over the folder gives the name to harbour.md. Its
      // story is not the one channels had as "harbour", so its id is the name's second edition.
      renameSync(join(dir, 'harbour.txt'), join(dir, 'old-harbour.txt'));
      await files.sync();
      expect(await store.articles.byName('harbour')).toMatchObject({ id: 'harbour~2', title: 'The Markdown one' });
      expect((await library.resolve('harbour')).title).toBe('The Markdown one');
      expect((await library.resolve('old-harbour')).text).toContain('Story 1');
      // Seen by the watcher alone, with no pass over the folder: removing the holder frees the id too.
      writeFileSync(join(dir, 'quay.txt'), body(2));
      writeFileSync(
        join(dir, 'quay.md'),
        '---\ntitle: Quay in Markdown\ndate: 2024-05-07\n---\nThe quay opens on 10 May.\n',
      );
      utimesSync(join(dir, 'quay.md'), new Date(), new Date(Date.now() + 5000));
      await files.sync();
      expect((await store.articles.byName('quay'))?.text).toContain('Story 2');
      files.watch();
      rmSync(join(dir, 'quay.txt'));
      let title: string | null = null;
      for (let i = 0; i < 50 && title !== 'Quay in Markdown'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        title = (await store.articles.byName('quay'))?.title ?? null;
      }
      expect(title).toBe('Quay in Markdown');
    } finally {
      files.stop();
      await store.close();
    }
  });

  it('keeps the index when the folder is gone for a while, so its files are not new (and posted again) when it is back', async () => {
    const { root, dir } = folder();
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `s${n}.txt`), body(n));
    const store = await SqliteStore.open(join(root, 'herald.db'));
    const lost: string[] = [];
    const files = new ArticleFiles({
      dir,
      store: store.articles,
      clock: { now: () => new Date() },
      onFolderLost: (why) => lost.push(why),
    });
    try {
      await files.sync();
      const seqs = async () => Promise.all(['s1', 's2', 's3'].map(async (id) => (await store.articles.meta(id))?.seq));
      const before = await seqs();
      // Moved away (a deploy swapping folders, a network mount gone): two rescans, one message.
      renameSync(dir, `${dir}.away`);
      expect(await files.sync()).toEqual({ added: [], changed: [], removed: [] });
      await files.sync();
      expect(lost).toEqual([`${dir}: ENOENT`]);
      expect(await seqs()).toEqual(before);
      renameSync(`${dir}.away`, dir);
      expect(await files.sync()).toEqual({ added: [], changed: [], removed: [] });
      expect(await seqs()).toEqual(before);
      // A file deleted while the folder is there still leaves the index.
      rmSync(join(dir, 's2.txt'));
      expect((await files.sync()).removed).toEqual(['s2.txt']);
    } finally {
      files.stop();
      await store.close();
    }
  });

  it('says why a file it skipped is not an article, when someone asks for it by name', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'a.txt'), body(1));
    writeFileSync(join(dir, 'Notes.txt'), '   \n\n');
    const { store, files, library } = await openIndex(join(root, 'herald.db'), dir);
    const bus = new CommandBus(
      { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} },
      silentLogger,
      { now: () => new Date('2024-12-01T00:00:00Z') },
    );
    try {
      const unsubscribed = await bus.runText('status article:Notes', me);
      expect(replyText(unsubscribed)).toMatch(/Notes: the article has no text\. The file was skipped/);
      await bus.runText('subscribe daily 08:00', me);
      for (const command of ['digest notes', 'status article:Notes']) {
        const reply = await bus.runText(command, me);
        expect(reply.kind, command).toBe('error');
        expect(replyText(reply), command).toMatch(
          /Notes: the article has no text\. The file was skipped; it is read again when it changes\./,
        );
      }
      expect(replyText(await bus.runText('digest nothing-here', me))).toMatch(/No article "nothing-here"/);
    } finally {
      files.stop();
      await store.close();
    }
  });

  it('reads every file once more after an upgrade that reads files differently, without new versions of the same', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'a.txt'), 'Date: 2025-01-05\nThe bridge reopens on Friday.\n');
    writeFileSync(join(dir, 'b.txt'), body(2));
    const first = await openIndex(join(root, 'herald.db'), dir);
    const seqA = (await first.store.articles.meta('a'))?.seq;
    // As an older Herald left them: stamps without the reader's version, and "Date:" not read as the date.
    const st = statSync(join(dir, 'a.txt'));
    const old = {
      ...(await first.store.articles.get('a')),
      date: null,
      text: 'Date: 2025-01-05\nThe bridge reopens on Friday.',
    };
    await first.store.articles.upsertFile('a.txt', `${st.mtimeMs}:${st.size}`, old as never, new Date().toISOString());
    const stB = statSync(join(dir, 'b.txt'));
    const bRecord = await first.store.articles.get('b');
    await first.store.articles.upsertFile(
      'b.txt',
      `${stB.mtimeMs}:${stB.size}`,
      bRecord as never,
      new Date().toISOString(),
    );
    expect((await first.store.articles.meta('a'))?.date).toBeNull();
    first.files.stop();
    await first.store.close();

    const again = await openIndex(join(root, 'herald.db'), dir);
    expect(await again.store.articles.meta('a')).toMatchObject({ date: '2025-01-05', seq: seqA });
    expect((await again.library.resolve('a')).text).toBe('The bridge reopens on Friday.\n');
    // Read again, found the same: not a new version.
    expect((await again.store.articles.meta('b'))?.version).toBe(1);
    expect(await again.files.sync()).toEqual({ added: [], changed: [], removed: [] });
    again.files.stop();
    await again.store.close();
  });

  it('says once when an article is dated after tomorrow, as a typo in its year would make it', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'typo.txt'), 'date 2062-11-30\nThe council meets on 5 December to vote.\n');
    writeFileSync(join(dir, 'fine.txt'), 'date 2026-12-02\nThe ferry sails on Friday.\n');
    const notes: string[] = [];
    const store = await SqliteStore.open(join(root, 'herald.db'));
    const files = new ArticleFiles({
      dir,
      store: store.articles,
      clock: { now: () => new Date('2026-12-01T09:00:00Z') },
      onFutureDate: (p) => notes.push(p.message),
    });
    await files.sync();
    await files.sync();
    expect(notes).toEqual([
      'typo.txt: dated 2062-11-30, after today; it is the newest article until then (a typo in the year?)',
    ]);
    files.stop();
    await store.close();
  });

  it('reads only regular files inside the folder: no link leading out of it, no FIFO', async () => {
    const { root, dir } = folder();
    const outside = join(root, 'secret.txt');
    writeFileSync(outside, body(9));
    symlinkSync(outside, join(dir, 'leak.txt'));
    writeFileSync(join(dir, 'kept.txt'), body(4));
    symlinkSync(join(dir, 'kept.txt'), join(dir, 'alias.txt')); // a link to a file inside is read
    mkdirSync(join(dir, 'folder.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]); // reading it would block for ever
    const problems: string[] = [];
    const store = await SqliteStore.open(join(root, 'herald.db'));
    const files = new ArticleFiles({
      dir,
      store: store.articles,
      clock: { now: () => new Date() },
      onProblem: (p) => problems.push(`${p.file}: ${p.message}`),
    });
    await files.sync();
    expect((await store.articles.newest(10)).map((a) => a.id).sort()).toEqual(['alias', 'kept']);
    expect(problems.join('\n')).toMatch(/leak\.txt: a link to a file outside the articles folder is not read/);
    expect(problems.join('\n')).toMatch(/folder\.txt: not a regular file/);
    expect(problems.join('\n')).toMatch(/pipe\.txt: not a regular file/);
    files.stop();
    await store.close();
  });

  it('does not post a renamed file, or one removed and put back, again; a new file it does', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'old.txt'), body(4));
    const clock = new TestClock(new Date('2024-12-01T08:00:00Z'));
    const { store, files, scheduler, adapter, bus } = await postingWorld(join(root, 'herald.db'), dir, clock);
    try {
      await bus.run('subscribe', { schedule: 'hourly', reminders: false }, me);
      await scheduler.fire('test', 'c1', 'scheduled');
      writeFileSync(join(dir, 'pier.txt'), body(1));
      writeFileSync(join(dir, 'ferry.txt'), body(2));
      await files.sync();
      await scheduler.fire('test', 'c1', 'scheduled');
      expect(adapter.digestsTo('c1').sort()).toEqual(['ferry', 'old', 'pier']);
      // A typo in a name fixed by a rescan (old name gone, new one there).
      renameSync(join(dir, 'pier.txt'), join(dir, '2024-02-02-pier.txt'));
      await files.sync();
      // A rename the watcher reports the other way round: the new name first, then the old one gone.
      writeFileSync(join(dir, 'ferry-crossing.txt'), body(2));
      await files.refresh('ferry-crossing.txt');
      rmSync(join(dir, 'ferry.txt'));
      await files.refresh('ferry.txt');
      // Moved out and back (a checkout of an older commit, then back).
      rmSync(join(dir, '2024-02-02-pier.txt'));
      await files.sync();
      writeFileSync(join(dir, 'pier-again.txt'), body(1));
      await files.sync();
      writeFileSync(join(dir, 'ferry-crossing.txt'), `${body(2)}A correction was added.\n`);
      writeFileSync(join(dir, 'new.txt'), body(3));
      await files.sync();
      await scheduler.fire('test', 'c1', 'scheduled');
      // Only the new file: an edit is never posted again either.
      expect(adapter.digestsTo('c1').sort()).toEqual(['ferry', 'new', 'old', 'pier']);
    } finally {
      await scheduler.stop(1000);
      files.stop();
      await store.close();
    }
  });

  it('keeps each subscription’s place across a restart: only what arrived since is posted', async () => {
    const { root, dir } = folder();
    writeFileSync(join(dir, 'one.txt'), body(1));
    const clock = new TestClock(new Date('2024-12-01T08:00:00Z'));
    const run = async (
      fn: (x: { bus: CommandBus; scheduler: Scheduler; adapter: RecordingAdapter }) => Promise<void>,
    ) => {
      const { store, files, scheduler, adapter, bus } = await postingWorld(join(root, 'herald.db'), dir, clock);
      await fn({ bus, scheduler, adapter });
      await scheduler.stop(1000);
      files.stop();
      await store.close();
    };
    await run(async ({ bus, scheduler, adapter }) => {
      await bus.run('subscribe', { schedule: 'hourly', reminders: false }, me);
      await scheduler.fire('test', 'c1', 'scheduled');
      expect(adapter.digestsTo('c1')).toEqual(['one']);
    });
    writeFileSync(join(dir, 'two.txt'), body(2));
    writeFileSync(join(dir, 'three.txt'), body(3));
    await run(async ({ scheduler, adapter }) => {
      await scheduler.fire('test', 'c1', 'scheduled');
      expect(adapter.digestsTo('c1').sort()).toEqual(['three', 'two']);
    });
  });
});
