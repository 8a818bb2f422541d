import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { FAKE_BOT_TOKEN, FakeSlack } from '../../fakes/slack.js';

// The fake keeps what is posted and serves it back through conversations.history as Slack does, so
// the adapter's search for an interrupted post is tested against the rules it will meet at Slack.
let fake: FakeSlack;
let client: webApi.WebClient;
beforeEach(async () => {
  fake = await new FakeSlack().start();
  client = new webApi.WebClient(FAKE_BOT_TOKEN, {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
});
afterEach(() => fake.stop());

const meta = (delivery: string, part: number) => ({ event_type: 'herald_delivery', event_payload: { delivery, part } });
// What a failed call threw: Slack's answer for a platform error, the HTTP status for an HTTP error.
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { data?: Record<string, unknown>; statusCode?: number }) => e.data ?? { statusCode: e.statusCode },
  );

describe('the fake Slack keeps channel history', () => {
  it('serves posted messages newest first, with metadata only when include_all_metadata is asked for', async () => {
    const first = await client.chat.postMessage({
      channel: 'C0NEWS',
      text: 'first',
      metadata: meta('slack:C0NEWS:a', 0),
    });
    await client.chat.postMessage({ channel: 'C0NEWS', text: 'second' });
    await client.chat.postMessage({ channel: 'C0OTHER', text: 'elsewhere' });

    const plain = await client.conversations.history({ channel: 'C0NEWS' });
    expect(plain.messages?.map((m) => m.text)).toEqual(['second', 'first']);
    expect(plain.messages?.some((m) => 'metadata' in m)).toBe(false);

    const full = await client.conversations.history({ channel: 'C0NEWS', include_all_metadata: true });
    expect(full.messages?.[1]).toMatchObject({ ts: first.ts, text: 'first', metadata: meta('slack:C0NEWS:a', 0) });
    expect(full.messages?.[0]?.metadata).toBeUndefined();
  });

  it('pages with limit and next_cursor, and honours oldest', async () => {
    for (let i = 0; i < 7; i++) await client.chat.postMessage({ channel: 'C0NEWS', text: `m${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await client.conversations.history({ channel: 'C0NEWS', limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...(res.messages ?? []).map((m) => String(m.text)));
      cursor = res.response_metadata?.next_cursor || undefined;
      expect(res.has_more).toBe(cursor !== undefined);
      if (!cursor) break;
    }
    expect(seen).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1', 'm0']);

    const all = fake.messagesIn('C0NEWS');
    const after = await client.conversations.history({ channel: 'C0NEWS', oldest: all[4]?.ts ?? '' });
    expect(after.messages?.map((m) => m.text)).toEqual(['m6', 'm5']);
    const from = await client.conversations.history({ channel: 'C0NEWS', oldest: all[4]?.ts ?? '', inclusive: true });
    expect(from.messages?.map((m) => m.text)).toEqual(['m6', 'm5', 'm4']);
    expect(await failure(client.conversations.history({ channel: 'C0NEWS', cursor: 'not-a-cursor' }))).toMatchObject({
      error: 'invalid_cursor',
    });
  });

  it('answers missing_scope without channels:history (groups:history for a private channel), and not_in_channel when set', async () => {
    fake.scopes.delete('channels:history');
    expect(await failure(client.conversations.history({ channel: 'C0NEWS' }))).toMatchObject({
      error: 'missing_scope',
      needed: 'channels:history',
    });
    expect(await client.conversations.history({ channel: 'G0SECRET' })).toMatchObject({ ok: true, messages: [] });
    fake.scopes.delete('groups:history');
    expect(await failure(client.conversations.history({ channel: 'G0SECRET' }))).toMatchObject({
      error: 'missing_scope',
      needed: 'groups:history',
    });

    fake.setHistoryError('C0ELSE', 'not_in_channel');
    fake.scopes.add('channels:history');
    expect(await failure(client.conversations.history({ channel: 'C0ELSE' }))).toMatchObject({
      error: 'not_in_channel',
    });
  });

  it('refuses metadata that is not an object, and drops (with a warning) metadata with a bad event_type', async () => {
    const res = await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${FAKE_BOT_TOKEN}` },
      body: JSON.stringify({ channel: 'C0NEWS', text: 't', metadata: 'nonsense' }),
      signal: AbortSignal.timeout(5000),
    });
    expect(await res.json()).toMatchObject({ ok: false, error: 'invalid_metadata_format' });
    const warned = await client.chat.postMessage({
      channel: 'C0NEWS',
      text: 'kept',
      metadata: { event_type: 'herald.delivery', event_payload: { part: 0 } },
    });
    expect(warned).toMatchObject({ ok: true, warning: 'invalid_metadata_schema' });
    expect(fake.messagesIn('C0NEWS').map((m) => [m.text, m.metadata])).toEqual([['kept', undefined]]);
  });

  it('fails exactly the planned call: a 500 or a platform error on the n-th chat.postMessage, nothing posted by it', async () => {
    fake.failCall('chat.postMessage', 2, { status: 500 });
    fake.failCall('chat.postMessage', 3, { error: 'internal_error' });
    expect((await client.chat.postMessage({ channel: 'C0NEWS', text: 'one' })).ok).toBe(true);
    expect(await failure(client.chat.postMessage({ channel: 'C0NEWS', text: 'two' }))).toEqual({ statusCode: 500 });
    expect(await failure(client.chat.postMessage({ channel: 'C0NEWS', text: 'three' }))).toMatchObject({
      error: 'internal_error',
    });
    expect((await client.chat.postMessage({ channel: 'C0NEWS', text: 'four' })).ok).toBe(true);
    expect(fake.messagesIn('C0NEWS').map((m) => m.text)).toEqual(['one', 'four']);
  });
});
