import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caller, fileChannel } from '../support/file-channel.js';
import { replyText } from '../support/reply-text.js';

const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

const STORY = `Swifts back under the church eaves
date 2025-06-02

The first swifts of the year were seen under the eaves of St Mary's on Sunday evening, a week later than last year. The bird group counts the nests every June and asks anyone with a camera to send photos of the tower.
`;

describe('a file renamed after it was posted, asked about days later', () => {
  it('is still not called passed over by /status article:', async () => {
    const d = await fileChannel({ subscribe: { schedule: 'daily 08:00', reminders: false }, stepMs: 86_400_000 });
    stoppers.push(d.stop);
    await d.save('today.md', STORY);
    await d.fire();
    renameSync(join(d.w.dir, 'today.md'), join(d.w.dir, 'swifts.md'));
    await d.w.files.sync();
    for (let day = 0; day < 3; day++) await d.fire();
    expect(d.posted()).toEqual([expect.stringMatching(/^today: The first swifts/)]);
    // Before: a day after the rename, "swifts was passed over here: it waited two fires while newer articles came …".
    expect(replyText(await d.w.bus.run('status', { article: 'swifts' }, caller('c1')))).toBe(
      'swifts holds the text of a file this channel was already past (renamed, or removed and put back), so it is not posted here again.',
    );
  });
});
