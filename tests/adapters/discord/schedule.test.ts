import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/index.js';
import { quoteParts } from '../../../src/commands/paginate.js';
import { harness, embedText, SEED_ID, type Harness } from './harness.js';
import { PermanentPostError } from '../../../src/errors.js';

const A = '200000000000000101';
const B = '200000000000000102';
const OWNER = '300000000000000009';
const MESSAGES = (channel: string) => new RegExp(`^/channels/${channel}/messages$`);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function subscribe(x: Harness, channelId: string): Promise<void> {
  const reply = await x.bus.run(
    'subscribe',
    { schedule: 'daily 08:00', timezone: 'Europe/Kyiv' },
    { platform: 'discord', channelId, userId: OWNER, canManage: true },
  );
  expect(reply.kind).not.toBe('error');
}

describe('Discord adapter: scheduled posts through REST', () => {
  it('posts the digest embed once even after planned 429s and a 503', { timeout: 15_000 }, async () => {
    h = await harness();
    await subscribe(h, A);
    h.fake.plan('POST', MESSAGES(A), [
      { status: 429, retryAfter: 0.05, scope: 'user' },
      { status: 429, retryAfter: 0.05, global: true },
      { status: 429, retryAfter: 0.05, scope: 'shared' },
      { status: 503 },
    ]);
    const outcome = await h.scheduler.fire('discord', A, 'scheduled');
    expect(outcome).toMatchObject({ posted: [SEED_ID], failed: [], paused: null });

    const posts = h.fake.requestsTo('POST', MESSAGES(A));
    expect(posts.map((r) => r.status)).toEqual([429, 429, 429, 503, 200]);
    expect(posts.filter((r) => r.status === 200)).toHaveLength(1);
    expect(h.fake.channelMessages(A)).toHaveLength(1);

    const body = posts[4]?.body as {
      embeds: Array<{ title: string }>;
      nonce: string;
      enforce_nonce: boolean;
      allowed_mentions: unknown;
      content?: string;
    };
    expect(body.embeds[0]?.title).toBe(buildDigest(await h.library.resolve(SEED_ID)).headline);
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce.length).toBeLessThanOrEqual(25);
    expect(new Set(posts.map((r) => (r.body as { nonce: string }).nonce)).size).toBe(1);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(posts.every((r) => r.auth === `Bot ${h?.fake.token}`)).toBe(true);

    const delivery = await h.store.getDelivery('discord', A, SEED_ID);
    expect(delivery).toMatchObject({ status: 'sent', messageId: h.fake.channelMessages(A)[0]?.id });
    const limited = h.log.lines.filter((l) => l.msg === 'discord rate limited');
    expect(limited.map((l) => [l.fields.channel, l.fields.global, l.fields.scope])).toEqual([
      [A, false, 'user'],
      [A, true, 'global'],
      [A, false, 'shared'],
    ]);
    expect(
      h.log.lines.some((l) => l.msg === 'digest posted' && l.fields.channel === A && l.fields.article === SEED_ID),
    ).toBe(true);

    // The next day's fire has nothing new: the digest is not posted again (a countdown reminder is).
    h.clock.set(new Date(h.clock.now().getTime() + 86_400_000).toISOString());
    const again = await h.scheduler.fire('discord', A, 'scheduled');
    expect(again).toMatchObject({ posted: [], reminder: true });
    const headline = buildDigest(await h.library.resolve(SEED_ID)).headline;
    const digests = h.fake.channelMessages(A).filter((m) => embedText(m.body).includes(headline));
    expect(digests).toHaveLength(1);
  });

  it('a post whose response was lost is not doubled: the retry carries the same nonce', {
    timeout: 15_000,
  }, async () => {
    h = await harness();
    await subscribe(h, A);
    // Discord makes the message but the answer never arrives, four times: discord.js gives up after
    // its 3 retries, the core retries the post, and enforce_nonce returns the message made first.
    h.fake.plan(
      'POST',
      MESSAGES(A),
      Array.from({ length: 4 }, () => ({ status: 503 as const, afterCommit: true })),
    );
    const outcome = await h.scheduler.fire('discord', A, 'scheduled');
    expect(outcome).toMatchObject({ posted: [SEED_ID] });
    expect(h.fake.requestsTo('POST', MESSAGES(A)).map((r) => r.status)).toEqual([503, 503, 503, 503, 200]);
    expect(h.fake.channelMessages(A)).toHaveLength(1);
    expect((await h.store.getDelivery('discord', A, SEED_ID))?.messageId).toBe(h.fake.channelMessages(A)[0]?.id);
  });

  it('posts an article with @everyone and <@123> with mentions disabled', { timeout: 15_000 }, async () => {
    h = await harness({
      articles: {
        '2024-12-01-pings.txt':
          'date 2024-12-01\n@everyone The council of Springfield met on Sunday and <@123> chaired the session about the new bridge.\n\n' +
          'The vote on the bridge is set for 15 December. “Tell @here and <@&456> that the bridge will open on time,” said Mayor Jane Doe.\n',
      },
    });
    await subscribe(h, A);
    const outcome = await h.scheduler.fire('discord', A, 'scheduled');
    expect(outcome?.posted).toEqual(['2024-12-01-pings']);
    const [post] = h.fake.requestsTo('POST', MESSAGES(A)).filter((r) => r.status === 200);
    const body = post?.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBeUndefined();
    const text = embedText(body);
    expect(text).toContain('@everyone');
    expect(text).toContain('<@123>');
  });

  it('a deleted channel (10003) pauses its subscription while another channel gets its post', {
    timeout: 15_000,
  }, async () => {
    h = await harness();
    await subscribe(h, A);
    await subscribe(h, B);
    h.fake.setChannel(A, 'unknown');
    const [a, b] = await Promise.all([
      h.scheduler.fire('discord', A, 'scheduled'),
      h.scheduler.fire('discord', B, 'scheduled'),
    ]);
    expect(a?.paused).toMatch(/no longer exists/);
    expect(b).toMatchObject({ posted: [SEED_ID], paused: null });
    expect(h.fake.channelMessages(B)).toHaveLength(1);
    expect(h.fake.channelMessages(A)).toHaveLength(0);
    // One attempt only: a missing channel is not retried.
    expect(h.fake.requestsTo('POST', MESSAGES(A))).toHaveLength(1);
    expect((await h.store.getSubscription('discord', A))?.pausedReason).toMatch(/Unknown Channel/);
    expect((await h.store.getSubscription('discord', B))?.pausedReason).toBeNull();
    expect(
      h.log.lines.some(
        (l) => l.msg === 'subscription paused' && l.fields.channel === A && l.fields.article === SEED_ID,
      ),
    ).toBe(true);
    // The subscriber is told by direct message, without pings.
    const dm = await h.fake.waitFor(
      () => h?.fake.requestsTo('POST', /^\/channels\/9\d+\/messages$/)[0],
      3000,
      'the DM',
    );
    expect(h.fake.requestsTo('POST', /^\/users\/@me\/channels$/)[0]?.body).toEqual({ recipient_id: OWNER });
    expect((dm.body as { content: string; allowed_mentions: unknown }).content).toContain(A);
    expect((dm.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });

    // A paused subscription is skipped at its next fire.
    expect(await h.scheduler.fire('discord', A, 'scheduled')).toBeNull();
    expect(h.fake.requestsTo('POST', MESSAGES(A))).toHaveLength(1);
  });

  it('missing access (50001) and missing permissions (50013) pause with a readable reason', {
    timeout: 15_000,
  }, async () => {
    h = await harness();
    await subscribe(h, A);
    await subscribe(h, B);
    h.fake.setChannel(A, 'no-access');
    h.fake.setChannel(B, 'no-permission');
    const [a, b] = await Promise.all([
      h.scheduler.fire('discord', A, 'scheduled'),
      h.scheduler.fire('discord', B, 'scheduled'),
    ]);
    expect(a?.paused).toMatch(/Missing Access.*View Channel/);
    expect(b?.paused).toMatch(/Missing Permissions.*Send Messages and Embed Links/);
  });

  it('posts an article whose link is longer than Discord takes as an embed url, with the link in the text', {
    timeout: 15_000,
  }, async () => {
    const url = `https://news.example/2024/12/02/bridge?${'utm_campaign=winter&'.repeat(110)}id=7`;
    h = await harness({
      articles: {
        '2024-12-02-bridge.md': `---\ntitle: Bridge reopens early\ndate: 2024-12-02\nurl: ${url}\n---\nThe harbour bridge reopens on 9 December, a week early, the council said on Monday.\n`,
      },
    });
    await subscribe(h, A);
    const outcome = await h.scheduler.fire('discord', A, 'scheduled');
    expect(outcome).toMatchObject({ posted: ['2024-12-02-bridge'], failed: [] });
    const [msg] = h.fake.channelMessages(A);
    const embed = (msg?.body.embeds as Array<{ url?: string }> | undefined)?.[0];
    expect(url.length).toBeGreaterThan(2048);
    expect(embed?.url).toBeUndefined();
    expect(embedText(msg?.body)).toContain(url);
  });

  it('a post Discord refuses as invalid (400) fails for good with Discord’s error; a 401 (the token, not the post) does not', {
    timeout: 15_000,
  }, async () => {
    h = await harness({ login: false });
    const reply = {
      visibility: 'channel' as const,
      kind: 'digest' as const,
      parts: [{ title: 'T', text: 'Some text.' }],
    };
    h.fake.plan('POST', MESSAGES(A), [{ status: 400, code: 50035, message: 'Invalid Form Body' }]);
    const err = await h.adapter.post(A, reply, 'discord:A:bad').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentPostError);
    expect((err as Error).message).toMatch(/^Discord refused the post \(400, code 50035\): Invalid Form Body/);
    expect(h.fake.requestsTo('POST', MESSAGES(A))).toHaveLength(1);
    h.fake.plan('POST', MESSAGES(B), [{ status: 401, code: 0, message: '401: Unauthorized' }]);
    const unauthorized = await h.adapter.post(B, reply, 'discord:B:bad').catch((e: unknown) => e);
    expect(unauthorized).not.toBeInstanceOf(PermanentPostError);
    expect(unauthorized).toBeInstanceOf(Error);
  });

  it('a reply of several parts goes out as several messages, in order, each with its own nonce', {
    timeout: 15_000,
  }, async () => {
    h = await harness({ login: false });
    const long = Array.from({ length: 12 }, (_, i) => ({
      text: Array.from(
        { length: 12 },
        (_, j) => `Sentence ${j + 1} of quote ${i + 1} says something about the bridge.`,
      ).join(' '),
      speaker: i % 2 ? 'Jane Doe' : 'John Roe',
      start: 0,
      end: 0,
    }));
    const parts = quoteParts('Quotes', long, 'https://example.com/a');
    expect(parts.length).toBeGreaterThan(2);
    const res = await h.adapter.post(A, { visibility: 'channel', kind: 'quotes', parts }, 'discord:A:x');
    const posted = h.fake.channelMessages(A);
    expect(posted.length).toBe(parts.length);
    expect(res.messageId).toBe(posted[0]?.id);
    expect(new Set(posted.map((m) => m.nonce)).size).toBe(parts.length);
    const text = posted.map((m) => embedText(m.body)).join('\n');
    for (const q of long) expect(text).toContain(q.text);
    expect(text.indexOf('quote 1 says')).toBeLessThan(text.indexOf('quote 12 says'));
  });
});
