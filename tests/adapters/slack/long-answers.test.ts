import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesDir, blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

// Fourteen quotations of ~950 characters: seven reply parts, more than the five messages Slack
// accepts at one response_url.
const quote = (i: number) =>
  Array.from(
    { length: 11 },
    (_, j) => `Point ${i}-${j} is that the harbour needs money and patience from everyone involved in it.`,
  ).join(' ');
const ARTICLE = [
  'date 2024-11-28',
  'The minister gave a long interview on Thursday about the harbour plan and the budget.',
  ...Array.from({ length: 14 }, (_, i) => `“${quote(i)}” said Jane Doe, the minister.`),
].join('\n\n');

describe('Slack adapter: answers longer than five messages', () => {
  const dir = articlesDir({ '2024-11-28-interview.txt': `${ARTICLE}\n` });
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'http', digests: dir });
  });
  afterEach(async () => {
    await h.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const texts = (bodies: Array<Record<string, unknown>>) => bodies.flatMap((b) => blockTexts(b.blocks)).join('\n');

  it('sends four at response_url and the rest ephemerally through the Web API, in order, every quote whole', async () => {
    const url = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: 'quotes', user_id: 'U0READER', channel_id: 'C0NEWS', response_url: url }));
    await h.fake.waitFor(() => h.fake.calls('chat.postEphemeral').length >= 3, 5000, 'the overflow');
    const viaUrl = h.fake.responsesTo(url).map((r) => r.body);
    const ephemeral = h.fake.calls('chat.postEphemeral').map((r) => r.body);
    expect(viaUrl).toHaveLength(4);
    expect(ephemeral).toHaveLength(3);
    for (const e of ephemeral) expect(e).toMatchObject({ channel: 'C0NEWS', user: 'U0READER' });
    const all = texts([...viaUrl, ...ephemeral]);
    for (let i = 0; i < 14; i++) expect(all).toContain(quote(i));
    const titles = [...viaUrl, ...ephemeral].map((b) => blockTexts(b.blocks)[0]);
    expect(titles.map((t) => /\((\d)\/7\)/.exec(t ?? '')?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('when the app is not in the channel, the fifth message says what is missing and how to get it', async () => {
    h.fake.setChannelError('C0ELSEWHERE', 'not_in_channel');
    const url = h.fake.responseUrl();
    await h.postCommand(
      slashCommand({ text: 'quotes', user_id: 'U0READER', channel_id: 'C0ELSEWHERE', response_url: url }),
    );
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 5, 5000, 'five responses');
    const bodies = h.fake.responsesTo(url).map((r) => r.body);
    const last = bodies[4] ?? {};
    expect(last.response_type).toBe('ephemeral');
    expect(String(last.text)).toMatch(
      /needs 7 messages.*last 3 could not be posted.*not_in_channel.*\/invite @Herald.*\/herald quotes speaker:NAME/,
    );
  });
});
