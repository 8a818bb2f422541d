import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { caller, fileChannel } from '../support/file-channel.js';
import { replyText } from '../support/reply-text.js';

// The day's file written again and again, as people keep `today.md`: each story once, no edit twice.
const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

const notice = (date: string, body: string) => `Bin collection this week\ndate ${date}\n\n${body}\n`;

async function dailyFile() {
  const d = await fileChannel();
  stoppers.push(d.stop);
  return d;
}

describe('a file written over with the next story (scheduler, SQLite)', () => {
  it('posts each week’s notice written on last week’s under the same title; a corrected date is not posted again', async () => {
    const d = await dailyFile();
    await d.save(
      'bins.md',
      notice(
        '2025-06-02',
        'Blue bins for paper and cardboard are collected on Thursday this week because of the bank holiday. Please put your bin out by 7am. Green garden waste bins are not collected this week.',
      ),
    );
    await d.fire();
    const second =
      'Black bins for general waste are collected on Friday this week. Please put your bin out by 7am. Green garden waste bins are collected as usual on Wednesday.';
    await d.save('bins.md', notice('2025-06-09', second));
    await d.fire();
    // The date was a day out, and a word is fixed: the same notice, not posted again.
    await d.save('bins.md', notice('2025-06-10', second.replace('as usual', 'as normal')));
    await d.fire();
    expect(d.posted()).toEqual([
      expect.stringMatching(/^bins: Blue bins for paper/),
      expect.stringMatching(/^bins~2: Black bins for general waste/),
    ]);
  });

  it('answers an old post’s edition id with that story or none: never the file’s later story whose id starts the same', async () => {
    const d = await dailyFile();
    const towns = 'Ashby Brill Calder Dunmore Elsing Fenwick Garth Holm Ivel Jarrow Kelso'.split(' ');
    const trades = 'potters weavers smiths coopers masons glaziers tanners joiners dyers thatchers'.split(' ');
    // Three weeks of the day's story in today.md: today, today~2, … today~22.
    for (let day = 1; day <= 22; day++) {
      const town = `${towns[day % 11]} ${day}`;
      const trade = trades[day % 10] ?? '';
      await d.save(
        'today.md',
        `The ${trade} of ${town} open their yard\ndate 2025-06-${String(day).padStart(2, '0')}\n\n` +
          `The ${trade} of ${town} opened their workshops to visitors on day ${day} of the summer fair. ` +
          `“We have ${day * 3} apprentices this year,” said ${town}'s guild master, Ruth Keller${day}. ` +
          `Tours of the ${trade}' yard run every hour until ${day + 5} June.\n`,
      );
      await d.fire();
    }
    expect(d.posted()).toHaveLength(22);
    expect(d.posted()[1]).toMatch(/^today~2: The smiths of Calder 2 opened/);
    // The second day's post said `/quotes article:today~2`; the file has held 20 stories since.
    for (const [command, options] of [
      ['quotes', { article: 'today~2' }],
      ['digest', { article: 'today~2' }],
      ['status', { article: 'today~2' }],
    ] as const) {
      const answer = replyText(await d.w.bus.run(command, options, caller('c1')));
      expect(answer, command).not.toMatch(/Ashby 22|was posted here/);
      expect(answer, command).toContain(
        '"today~2" is no longer in the folder: its file holds a later story now, today~22',
      );
    }
    // Asked for by the file's name, its story now.
    expect(replyText(await d.w.bus.run('quotes', { article: 'today' }, caller('c1')))).toContain('Ashby 22');
  });
});

const HERON = `Herons nest on the mill pond again
date 2025-06-03

A pair of grey herons has built a nest on the island in the mill pond, the first in twelve years. Birdwatchers counted three eggs on Tuesday morning. The path along the east bank is closed until the chicks fledge.
`;
const KILN = `Pottery kiln fired for the first time in a century
date 2025-06-04

The brick kiln behind the old pottery was fired on Wednesday for the first time since 1925. Volunteers spent two winters relining it with clay from the riverbank. The first batch of pots goes on sale at the summer fair.
`;
const LANTERN = `Lantern walk through the old town on Friday
date 2025-06-06

Hundreds of paper lanterns will light the lanes of the old town on Friday evening for the midsummer walk. Children made most of them at the library over the past month. The walk sets off from the market cross at nine.
`;
const FERRY = `Ferry timetable changes for the summer
date 2025-06-05

From Monday the first ferry leaves the harbour at 5:40, twenty minutes earlier than in spring. The last crossing back stays at midnight. Bicycles travel free on the early boats until the end of August.
`;

describe('a file whose own name looks like an edition (today~2.md) next to today.md', () => {
  it('is posted, and so is the next story in today.md, whichever of the two took the id first', async () => {
    const d = await dailyFile();
    await d.save('today.md', HERON);
    await d.fire();
    // A file of the user's own named today~2.md, posted and deleted; then today.md's next story.
    await d.save('today~2.md', KILN);
    await d.fire();
    rmSync(join(d.w.dir, 'today~2.md'));
    await d.w.files.sync();
    await d.save('today.md', FERRY);
    await d.fire();
    // And the other way round: an edition of today.md first, then a file named after it.
    await d.save('today.md', LANTERN);
    await d.fire();
    await d.save('today~3.md', HERON.replace('mill pond', 'moat'));
    await d.fire();
    await d.fire();
    expect(d.posted()).toEqual([
      expect.stringMatching(/^today: A pair of grey herons/),
      expect.stringMatching(/^today~2: The brick kiln behind the old/),
      expect.stringMatching(/^today~3: From Monday the first ferry/),
      expect.stringMatching(/^today~4: Hundreds of paper lanterns/),
      expect.stringMatching(/^today~3~2: A pair of grey herons/),
    ]);
  });
});

describe('a file copied under a new name (kept as an archive, or as the start of the next story)', () => {
  it('is not posted again: the channel gets the story once, and /status article: says why', async () => {
    const d = await dailyFile();
    await d.save('today.md', HERON);
    await d.fire();
    // Kept beside it under a dated name, copied with `cp`: the very same text.
    copyFileSync(join(d.w.dir, 'today.md'), join(d.w.dir, '2025-06-02-herons.md'));
    await d.fire();
    // Copied twice before a fire: the story is still posted once.
    await d.save('next.md', KILN);
    copyFileSync(join(d.w.dir, 'next.md'), join(d.w.dir, 'next-copy.md'));
    await d.fire();
    await d.fire();
    // Before: "2025-06-02-herons: A pair of grey herons…" and "next-copy: The brick kiln…" posted again.
    expect(d.posted()).toEqual([
      expect.stringMatching(/^today: A pair of grey herons/),
      expect.stringMatching(/^next: The brick kiln behind the old/),
    ]);
    expect(replyText(await d.w.bus.run('status', { article: '2025-06-02-herons' }, caller('c1')))).toBe(
      '2025-06-02-herons is a copy of today (the same text in another file): this channel gets that story once, as today.',
    );
  });
});

describe('a file renamed after it was posted', () => {
  it('is not posted again, and /status article: does not call it passed over', async () => {
    const d = await dailyFile();
    await d.save('today.md', HERON);
    await d.fire();
    renameSync(join(d.w.dir, 'today.md'), join(d.w.dir, 'herons.md'));
    await d.w.files.sync();
    await d.fire();
    expect(d.posted()).toEqual([expect.stringMatching(/^today: A pair of grey herons/)]);
    // Before: "herons was passed over here: it waited two fires while newer articles came …".
    expect(replyText(await d.w.bus.run('status', { article: 'herons' }, caller('c1')))).toBe(
      'herons holds the text of a file this channel was already past (renamed, or removed and put back), so it is not posted here again.',
    );
  });
});

describe('a placeholder saved first ("TBD"), then the story written into it', () => {
  const placeholder = 'Grey herons return\ndate 2025-06-02\n\nTBD\n';

  it('posts the story when the placeholder was posted, and once (the story) when it was not', async () => {
    const d = await dailyFile();
    await d.save('today.md', placeholder);
    await d.fire();
    await d.save('today.md', HERON);
    await d.fire();
    // Before: taken for an edit of "TBD", which the channel had: the story was never posted.
    expect(d.posted()).toEqual(['today: TBD', expect.stringMatching(/^today~2: A pair of grey herons/)]);
    // Edited again (a typo): the same story, not posted again.
    await d.save('today.md', HERON.replace('mill pond', 'mill-pond'));
    await d.fire();
    expect(d.posted()).toHaveLength(2);

    // Filled in before any fire: one post, of the story, under the file's name.
    await d.save('kiln.md', placeholder.replace('Grey herons return', 'The kiln fires again'));
    await d.save('kiln.md', KILN);
    await d.fire();
    expect(d.posted().slice(2)).toEqual([expect.stringMatching(/^kiln: The brick kiln behind the old/)]);
  });
});
