import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

describe('Slack: commands before there is any article', () => {
  const dir = articlesDir({});
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', digests: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // People in a workspace cannot put a file on the server, and its folders are none of their business.
  for (const command of ['digest', 'quotes', 'countdown', 'articles']) {
    it(`/herald ${command} says there is none yet, without the server's folder`, async () => {
      const url = h.fake.responseUrl();
      await h.postCommand(slashCommand({ text: command, response_url: url }));
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the answer');
      const body = h.fake.responsesTo(url)[0]?.body ?? {};
      const text = [String(body.text), ...blockTexts(body.blocks)].join('\n');
      expect(body.response_type).toBe('ephemeral');
      expect(text).toContain('No articles yet');
      expect(text).not.toContain(dir);
    });
  }
});
