import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

describe('Slack: public:false keeps a channel command’s answer to the caller', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterAll(async () => h?.close());

  for (const [text, type] of [
    ['digest public:false', 'ephemeral'],
    ['countdown public:no', 'ephemeral'],
    ['digest', 'in_channel'],
    ['digest public:true', 'in_channel'],
  ] as const) {
    it(`/herald ${text} answers ${type === 'ephemeral' ? 'only the caller' : 'in the channel'}`, async () => {
      const url = h.fake.responseUrl();
      await h.postCommand(slashCommand({ text, response_url: url }));
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the answer');
      const body = h.fake.responsesTo(url)[0]?.body ?? {};
      expect(body.response_type).toBe(type);
      expect(blockTexts(body.blocks).join('\n')).toMatch(/days to go/);
    });
  }
});
