import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedText, harness, interact, type Harness } from './harness.js';

// Article ids are file names: people save "Town hall vote.txt", and a name may run to 250 characters.
const story = `date 2024-11-21\nThe council said the budget vote will be held on 16 December. “We are ready for it,” said Ines Moreau, the treasurer. The session opens at nine.\n`;
const LONG = `2024-11-20-${'a-very-long-file-name-'.repeat(10)}end`;
const CHANNEL = '200000000000000077';

let h: Harness;
beforeAll(async () => {
  h = await harness({ articles: { 'town hall vote.txt': story, [`${LONG}.txt`]: story.replace('-21', '-20') } });
}, 15_000);
afterAll(async () => h?.close(), 10_000);

describe('Discord: the /quotes hint of a digest, put in the article field as shown', () => {
  for (const [what, query] of [
    ['an id with spaces', 'town'],
    ['an id over 200 characters', '2024-11-20-a-very'],
  ] as const) {
    it(`for ${what}`, { timeout: 10_000 }, async () => {
      const digest = embedText(
        (await interact(h, h.fake.chatInput('digest', { article: query }, { channelId: CHANNEL }))).original?.body,
      );
      const shown = /\/quotes article:(.*)$/m.exec(digest)?.[1] ?? '';
      expect(shown).not.toBe('');
      const quotes = await interact(h, h.fake.chatInput('quotes', { article: shown }, { channelId: CHANNEL }));
      const text = embedText(quotes.original?.body);
      expect(text).toContain('**Ines Moreau**');
      expect(text).toContain('We are ready for it');
    });
  }
});
