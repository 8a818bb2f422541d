import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_TOKEN, FakeSlack } from '../../fakes/slack.js';

// The fake refuses what Slack refuses (Block Kit limits from Slack's block reference, the response_url
// rules from its slash command guide), so a Herald that passes the adapter tests passes Slack too.
let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack({ users: [{ id: 'U0READER', name: 'rui' }] }).start();
});
afterAll(() => fake.stop());

async function api(method: string, body: Record<string, unknown>): Promise<{ ok: boolean; error?: string }> {
  const res = await fetch(`${fake.apiUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${FAKE_BOT_TOKEN}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  return (await res.json()) as { ok: boolean; error?: string };
}

const md = (text: string) => ({ type: 'mrkdwn', text });
const section = (text: string) => ({ type: 'section', text: md(text) });
const post = (blocks: unknown[]) => api('chat.postMessage', { channel: 'C0NEWS', text: 'fallback', blocks });

describe('the fake Slack is as strict as Slack', () => {
  it('refuses blocks Slack refuses, and takes the ones at the limits', async () => {
    const invalid: Array<[string, unknown[]]> = [
      ['section text over 3,000', [section('x'.repeat(3001))]],
      ['empty section text', [section('')]],
      ['section with neither text nor fields', [{ type: 'section' }]],
      ['eleven fields', [{ type: 'section', fields: Array.from({ length: 11 }, () => md('f')) }]],
      ['a field over 2,000', [{ type: 'section', fields: [md('f'.repeat(2001))] }]],
      ['header over 150', [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }]],
      ['header in mrkdwn', [{ type: 'header', text: md('h') }]],
      ['context of eleven elements', [{ type: 'context', elements: Array.from({ length: 11 }, () => md('c')) }]],
      ['51 blocks', Array.from({ length: 51 }, () => section('s'))],
      ['an unknown block type', [{ type: 'banner', text: md('b') }]],
    ];
    for (const [what, blocks] of invalid)
      expect(await post(blocks), what).toMatchObject({ ok: false, error: 'invalid_blocks' });
    expect(await post(Array.from({ length: 5 }, () => section('y'.repeat(2900))))).toMatchObject({
      ok: false,
      error: 'msg_blocks_too_long',
    });
    const fine = [
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(150), emoji: true } },
      section('x'.repeat(3000)),
      { type: 'section', fields: Array.from({ length: 10 }, () => md('f'.repeat(200))) },
      { type: 'context', elements: Array.from({ length: 10 }, () => md('c')) },
      ...Array.from({ length: 46 }, () => ({ type: 'divider' })),
    ];
    expect(fine).toHaveLength(50);
    expect(await post(fine)).toMatchObject({ ok: true });
  });

  it('chat.postEphemeral needs the user it is for', async () => {
    expect(await api('chat.postEphemeral', { channel: 'C0NEWS', text: 'only you' })).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
    });
    expect(await api('chat.postEphemeral', { channel: 'C0NEWS', text: 'only you', user: 'U0READER' })).toMatchObject({
      ok: true,
    });
  });

  it('a response_url refuses invalid blocks, and expires 30 minutes after the command', async () => {
    const url = fake.responseUrl();
    const send = (body: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    const bad = await send({ text: 'x', blocks: [section('')] });
    expect([bad.status, await bad.text()]).toEqual([400, 'invalid_blocks']);
    expect((await send({ text: 'in time', blocks: [section('in time')] })).status).toBe(200);
    const realNow = fake.now;
    fake.now = () => realNow() + 30 * 60_000 + 1000;
    try {
      const late = await send({ text: 'too late' });
      expect([late.status, await late.text()]).toEqual([404, 'expired_url']);
    } finally {
      fake.now = realNow;
    }
    expect(fake.responsesTo(url).map((r) => r.body.text)).toEqual(['in time']);
  });
});
