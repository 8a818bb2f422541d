import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnHerald } from '../../support/spawn-herald.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { terminalEveryTwoSeconds } from '../../support/subscription.js';

async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const FERRY = `Harbour ferry moves its first crossing earlier
date 2025-03-03

The city council voted on Monday to move the first ferry of the day to 5:40. “Night-shift workers asked us for this for years,” said councillor Mira Holt. The new timetable starts on 1 April, and the old one runs until 31 March. Ticket prices stay as they are, and the last crossing still leaves at midnight.
`;
const LIBRARY = `Central library opens on Sundays
date 2025-03-04

The central library will open on Sundays from ten in the morning, its director announced on Tuesday. “Students have been queueing at the door every weekend,” said Tomas Reyes, the director. The change begins on 16 March and will be reviewed after the summer exams.
`;
const BAKERY = `Corner bakery wins the regional bread prize
date 2025-03-09

A two-oven bakery on Mill Street beat forty other entries at the regional bread fair on Sunday. “We bake through the night, so this means a lot,” said the owner, Priya Nand. She plans to hire two more bakers before the summer.
`;
const ORCHARD = `Orchard volunteers plant two hundred trees
date 2025-03-05

Volunteers planted two hundred apple and pear trees on the old rail yard on Wednesday. “In five years this will feed the whole street,” said Lena Marsh, who organised the day. A second planting is planned for 12 April, weather permitting.
`;

describe('a new story saved under a file name used before (console, SQLite, end to end)', () => {
  it('is posted once; an edit of it is not posted again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-same-name-'));
    const dir = join(root, 'digests');
    mkdirSync(dir);
    writeFileSync(join(dir, 'today.md'), FERRY);
    writeFileSync(join(dir, 'orchard.txt'), ORCHARD);
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
    };
    const { proc: bot, out, err } = spawnHerald(env);
    const posted = () =>
      err()
        .split('\n')
        .filter((l) => l.includes('"digest posted"'))
        .map((l) => (JSON.parse(l) as { article: string }).article);
    const fires = () =>
      err()
        .split('\n')
        .filter((l) => l.includes('"fire done"')).length;
    const twoMoreFires = async (what: string) => {
      const at = fires();
      await until(() => fires() >= at + 2, 15_000, what);
    };
    try {
      await until(() => posted().length === 2, 20_000, 'the two stories posted');
      expect(posted().sort()).toEqual(['orchard', 'today']);

      // The next day's story, written over the same file: posted once, as the name's second edition.
      writeFileSync(join(dir, 'today.md'), LIBRARY);
      utimesSync(join(dir, 'today.md'), new Date(), new Date(Date.now() + 5000));
      await until(() => posted().length === 3, 15_000, 'the new story under today.md posted');
      expect(posted()[2]).toBe('today~2');
      expect(out()).toContain('■ Central library opens on Sundays');
      // A typo fixed and a paragraph added: the same story, not posted again.
      writeFileSync(
        join(dir, 'today.md'),
        `${LIBRARY.replace('ten in the morning', '10:00')}\nThe reading rooms on the top floor stay closed on Sundays.\n`,
      );
      utimesSync(join(dir, 'today.md'), new Date(), new Date(Date.now() + 10_000));
      await twoMoreFires('fires after the edit');
      // An old story removed, and later an unrelated one saved under its name.
      rmSync(join(dir, 'orchard.txt'));
      await twoMoreFires('fires after the removal');
      writeFileSync(join(dir, 'orchard.txt'), BAKERY);
      await until(() => posted().length === 4, 15_000, 'the story saved under orchard.txt posted');
      await twoMoreFires('fires after that');
      expect(posted()).toHaveLength(4);
      expect(posted().slice(2)).toEqual(['today~2', 'orchard~2']);
      expect(out().split('■ Central library opens on Sundays').length - 1).toBe(1);

      // Asked for by the file's name, the story it holds now; listed once, under its id.
      bot.stdin.write('/digest today\n');
      await until(() => out().includes('reading rooms on the top floor'), 10_000, '/digest today');
      bot.stdin.write('/articles\n');
      await until(() => out().includes('■ Articles'), 10_000, '/articles');
      const listed = out().slice(out().lastIndexOf('■ Articles'));
      expect(listed).toContain('• today~2 (2025-03-04) — Central library opens on Sundays');
      expect(listed).toContain('• orchard~2 (2025-03-09) — Corner bakery wins the regional bread prize');
      expect(listed).toContain('— 2 in all');
    } finally {
      bot.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((r) => bot.once('exit', r));
    expect(code).toBe(0);
    rmSync(root, { recursive: true, force: true });
  }, 120_000);
});
