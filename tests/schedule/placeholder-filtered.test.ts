import { afterEach, describe, expect, it } from 'vitest';
import { fileChannel } from '../support/file-channel.js';

const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

const STORY = `Pottery kiln fired for the first time in a century
date 2025-06-04

The brick kiln behind the old pottery was fired on Wednesday for the first time since 1925. Volunteers spent two winters relining it with clay from the riverbank. The first batch of pots goes on sale at the summer fair.
`;

describe('a placeholder a channel’s topics did not take, then the story written into it', () => {
  it('is posted to that channel once the story matches', async () => {
    const d = await fileChannel({ subscribe: { schedule: 'hourly', reminders: false, topics: 'kiln' } });
    stoppers.push(d.stop);
    await d.save('today.md', 'Draft\ndate 2025-06-04\n\nTBD\n');
    await d.fire(); // "TBD" is not about a kiln: the channel is past it, with nothing posted.
    await d.save('today.md', STORY);
    await d.fire();
    await d.fire();
    // Before: nothing, the story taken for an edit of the placeholder the channel was past.
    expect(d.posted()).toEqual([expect.stringMatching(/^today~2: The brick kiln behind the old pottery/)]);
  });
});
