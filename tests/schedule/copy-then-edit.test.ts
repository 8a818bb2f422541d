import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { KEPT_EDITS } from '../../src/store/article-files.js';
import { join } from 'node:path';
import { caller, fileChannel } from '../support/file-channel.js';
import { replyText } from '../support/reply-text.js';

// A story copied under another name (an archive), then the original corrected before the next fire:
// the copy holds the text before the correction, and is still that story.
const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

const ORCHARD = `Community orchard planted on the old allotments
date 2025-06-03

Forty apple and pear trees were planted on the old allotment site on Tuesday by volunteers from three villages. The parish council bought the land last year after the allotment society wound up. The first fruit is expected in about four years, and a harvest festival is planned for the autumn.
`;
const BELLS = `Church bells ring again after restoration
date 2025-06-04

The six bells of St Ann's rang together on Wednesday for the first time since they were taken down for repair two years ago. A foundry in the Midlands recast the cracked tenor bell. Ringers will practise every Thursday evening and welcome newcomers.
`;

async function dailyFile() {
  const d = await fileChannel();
  stoppers.push(d.stop);
  return d;
}

describe('a copy made, then the file it was copied from corrected before the next fire', () => {
  it('is not posted again when the channel had the story', async () => {
    const d = await dailyFile();
    await d.save('today.md', ORCHARD);
    await d.fire();
    copyFileSync(join(d.w.dir, 'today.md'), join(d.w.dir, 'orchard-archive.md'));
    await d.w.files.sync();
    // A typo fixed in the original after the copy was made: the copy keeps the text before it.
    await d.save('today.md', ORCHARD.replace('pear trees', 'pear-trees'));
    await d.fire();
    // Before: "orchard-archive: Forty apple and pear trees…" was posted a second time.
    expect(d.posted()).toEqual([expect.stringMatching(/^today: Forty apple and pear trees/)]);
    expect(replyText(await d.w.bus.run('status', { article: 'orchard-archive' }, caller('c1')))).toBe(
      'orchard-archive is a copy of today (its text before today was edited): this channel gets that story once, as today.',
    );
  });

  it('is posted once when neither had gone out', async () => {
    const d = await dailyFile();
    await d.save('bells.md', BELLS);
    copyFileSync(join(d.w.dir, 'bells.md'), join(d.w.dir, 'bells-copy.md'));
    await d.w.files.sync();
    await d.save('bells.md', BELLS.replace('practise', 'practice'));
    await d.fire();
    await d.fire();
    expect(d.posted()).toEqual([expect.stringMatching(/^bells: The six bells of St Ann/)]);
  });
});

describe('a file edited again and again (a live blog saved every few minutes)', () => {
  it('keeps only its latest earlier texts, and a copy of one of those is still that story', async () => {
    const d = await dailyFile();
    const saves = KEPT_EDITS + 20;
    for (let i = 0; i <= saves; i++) {
      d.w.clock.set(new Date(d.w.clock.now().getTime() + 60_000).toISOString());
      await d.save('live.md', `${BELLS}\nUpdate ${i}: the ringers took a break.\n`);
    }
    await d.fire();
    // A copy of the text from a few saves ago, as a backup made then would hold.
    await d.save('live-backup.md', `${BELLS}\nUpdate ${saves - 3}: the ringers took a break.\n`);
    await d.fire();
    expect(d.posted()).toEqual([expect.stringMatching(/^live: The six bells of St Ann/)]);
    const db = new Database(d.w.dbPath, { readonly: true });
    const kept = db.prepare('SELECT COUNT(*) AS n FROM edited_texts').get() as { n: number };
    db.close();
    // Before: a row per save, for ever.
    expect(kept.n).toBe(KEPT_EDITS);
  }, 60_000);
});
