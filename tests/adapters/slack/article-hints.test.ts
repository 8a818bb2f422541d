import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText } from '../../../adapters/slack/mrkdwn.js';
import { articlesDir, blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

// Article ids are file names: people save "Town hall vote.txt", and a name may run to 250 characters.
const story = (day: string) =>
  `date 2024-11-${day}\nThe council said the budget vote will be held on 16 December. “We are ready for it,” said Ines Moreau, the treasurer. The session opens at nine.\n`;
const SPACED = 'town hall vote';
const LONG = `2024-11-20-${'a-very-long-file-name-'.repeat(10)}end`;

describe('Slack: the /herald quotes hint of a digest works as typed', () => {
  const dir = articlesDir({ [`${SPACED}.txt`]: story('21'), [`${LONG}.txt`]: story('20') });
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', digests: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `/herald <text>` as Slack sends it and returns the texts of the first answer. */
  async function ask(text: string): Promise<string> {
    const url = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: escapeText(text), response_url: url }));
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, `the answer to ${text}`);
    return blockTexts(h.fake.responsesTo(url)[0]?.body.blocks).join('\n');
  }

  for (const [what, query] of [
    ['an id with spaces', 'town'],
    ['an id over 200 characters', '2024-11-20-a-very'],
  ] as const) {
    it(`for ${what}`, async () => {
      expect(LONG.length).toBeGreaterThan(200);
      const digest = await ask(`digest ${query}`);
      const hint = /\/herald (quotes article:.*)$/m.exec(digest)?.[1] ?? '';
      expect(hint).not.toBe('');
      const quotes = await ask(hint);
      expect(quotes).toContain('*Ines Moreau*');
      expect(quotes).toContain('We are ready for it');
    });
  }
});
