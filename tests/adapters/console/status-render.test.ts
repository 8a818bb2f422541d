import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render.js';
import type { Reply } from '../../../src/chat/reply.js';

describe('the console prints /status as plain text', () => {
  it('shows a live time as its words, and keeps a value of several lines under its name', () => {
    const reply: Reply = {
      visibility: 'private',
      kind: 'info',
      parts: [
        {
          title: 'Herald in this channel',
          fields: [
            {
              name: 'Next post',
              value: 'Mon, 25 Nov 2024, 08:00 Europe/Kyiv',
              time: { at: '2024-11-25T06:00:00.000Z', style: 'moment' },
            },
            {
              name: 'Sources',
              value: 'chosen\n• war-desk: ok, last fetched 2024-11-24 12:00 UTC\n• files: the articles folder',
            },
            { name: 'Topics', value: 'kursk, -football' },
          ],
        },
      ],
    };
    expect(renderText(reply).split('\n')).toEqual([
      '■ Herald in this channel',
      '  Next post: Mon, 25 Nov 2024, 08:00 Europe/Kyiv',
      '  Sources: chosen',
      '    • war-desk: ok, last fetched 2024-11-24 12:00 UTC',
      '    • files: the articles folder',
      '  Topics: kursk, -football',
    ]);
  });
});
