import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { renderReply } from '../../../adapters/slack/render.js';
import { validateBlocks } from '../../fakes/slack.js';
import { blockTexts } from './harness.js';

const roundup = (title: string, url: string): Reply => ({
  visibility: 'channel',
  kind: 'roundup',
  parts: [
    {
      title: 'News roundup — Monday, 2 December 2024',
      items: [{ title, url, text: 'The first sentence of the story.', meta: 'Wire · published 2024-12-02' }],
      footer: '1 new article',
    },
  ],
});

describe('Slack: a roundup entry’s headline', () => {
  it('links a long headline in full (a link label is otherwise shortened at 200 characters)', () => {
    const title = `Harbour plan ${'approved after a long night of debate in the council chamber '.repeat(4)}`.trim();
    expect(title.length).toBeGreaterThan(200);
    const [m, ...more] = renderReply(roundup(title, 'https://news.example.org/harbour'));
    expect(more).toEqual([]);
    expect(blockTexts(m?.blocks)).toContain(
      `*<https://news.example.org/harbour|${title}>*\nThe first sentence of the story.\n_Wire · published 2024-12-02_`,
    );
  });

  it('shows a headline too long for one section in full, over several, with the link on its own line', () => {
    const title = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    expect(title.length).toBeGreaterThan(3000);
    const messages = renderReply(roundup(title, 'https://news.example.org/long'));
    const blocks = messages.flatMap((m) => m.blocks);
    expect(validateBlocks(blocks)).toEqual([]);
    const text = blockTexts(blocks).join('\n');
    for (let i = 0; i < 500; i++) expect(text).toContain(`word${i}`);
    expect(text).toContain('\n<https://news.example.org/long>\n');
  });
});
