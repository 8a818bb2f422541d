import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestReply } from '../../../src/chat/digest-reply.js';
import type { Scheduler } from '../../../src/schedule/scheduler.js';
import { articlesDir, blockTexts, slackScheduler, startHarness, type Harness } from './harness.js';
import { ChannelUnavailableError, PermanentPostError } from '../../../src/errors.js';

// An article whose title, source, link and text try to ping: it must reach Slack escaped.
const ARTICLE = `---
title: "Council vote <!channel> alert for <@U123> & friends"
date: 2024-11-29
source: Test Wire
url: https://example.com/story?id=1&ref=rss
---
The city council will vote on the harbour plan on 15 December, and organisers sent a <!channel> alert to <@U123> and the whole <!here> group.

“We will not accept a plan that ignores <@U999> and the fishermen,” said Maria Ortiz, the council leader.

The harbour plan has been debated for two years. Critics say the costs & risks are too high.
`;
const ID = '2024-11-29-council';

describe('Slack adapter: scheduled posts through the core scheduler', () => {
  const dir = articlesDir({ [`${ID}.md`]: ARTICLE });
  let h: Harness;
  let scheduler: Scheduler;
  beforeEach(async () => {
    h = await startHarness({ mode: 'http', digests: dir });
    scheduler = slackScheduler(h);
  });
  afterEach(async () => {
    await scheduler.stop(2000);
    await h.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('waits out a 429 (Retry-After 1) and then posts once, with every mention escaped', async () => {
    await h.subscribe('C0NEWS');
    h.fake.failNext('chat.postMessage', 1, 1);
    const outcome = await scheduler.fire('slack', 'C0NEWS', 'manual');
    expect(outcome).toMatchObject({ posted: [ID], failed: [], paused: null });

    const calls = h.fake.calls('chat.postMessage');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(h.fake.posts).toHaveLength(1);

    const post = h.fake.posts[0]?.body ?? {};
    // The Web API client sends form fields, so booleans arrive as "false", as at Slack.
    expect(post).toMatchObject({ channel: 'C0NEWS', unfurl_links: 'false', unfurl_media: 'false' });
    const everything = [String(post.text), ...blockTexts(post.blocks)].join('\n');
    expect(everything).toContain('&lt;!channel&gt;');
    expect(everything).toContain('&lt;@U123&gt;');
    expect(everything).toContain('&lt;!here&gt;');
    expect(everything).toContain('&lt;@U123&gt; &amp; friends');
    expect(String(post.text)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(post)).not.toMatch(/<!channel>|<@U123>|<!here>|<@U999>/);
    // The one link is ours, built from escaped parts; the title above it is not repeated as its label.
    expect(everything).toContain('<https://example.com/story?id=1&amp;ref=rss|Read the article>');
    expect(everything.match(/Council vote &lt;!channel&gt; alert/g)?.length).toBe(2); // header and notification text

    const delivery = await h.store.getDelivery('slack', 'C0NEWS', ID);
    expect(delivery?.status).toBe('sent');
    expect(delivery?.messageId).toMatch(/^\d+\.\d{6}$/); // the message's ts
    expect(h.logs.some((l) => l.includes('rate limited'))).toBe(true);

    // The next day's fire has nothing new: a countdown reminder, not the digest again.
    h.clock.set(new Date(h.clock.now().getTime() + 86_400_000).toISOString());
    await scheduler.fire('slack', 'C0NEWS', 'scheduled');
    expect(h.fake.posts).toHaveLength(2);
    expect(blockTexts(h.fake.posts[1]?.body.blocks).join('\n')).toMatch(/14 days to go/);
  }, 15_000);

  it('gives up after the bounded number of 429s, and the core keeps the article for the next fire', async () => {
    await h.subscribe('C0NEWS');
    // Adapter: 1 call + 2 waits per post; core: 3 attempts. Nine 429s exhaust both.
    h.fake.failNext('chat.postMessage', 9, 0);
    const outcome = await scheduler.fire('slack', 'C0NEWS', 'manual');
    expect(outcome).toMatchObject({ posted: [], failed: [ID] });
    expect(h.fake.calls('chat.postMessage')).toHaveLength(9);
    expect((await h.store.getDelivery('slack', 'C0NEWS', ID))?.status).toBe('failed');

    const again = await scheduler.fire('slack', 'C0NEWS', 'manual');
    expect(again).toMatchObject({ posted: [ID] });
    expect(h.fake.posts).toHaveLength(1);
  }, 15_000);

  it('not_in_channel pauses that subscription only, DMs the subscriber, and the other channel still gets its post', async () => {
    await h.subscribe('C0GONE', 'U0ADMIN');
    await h.subscribe('C0NEWS', 'U0OWNER');
    h.fake.setChannelError('C0GONE', 'not_in_channel');
    await Promise.all([scheduler.fire('slack', 'C0GONE', 'scheduled'), scheduler.fire('slack', 'C0NEWS', 'scheduled')]);

    expect((await h.store.getSubscription('slack', 'C0GONE'))?.pausedReason).toMatch(/^not_in_channel: .*invite/);
    expect((await h.store.getSubscription('slack', 'C0NEWS'))?.pausedReason).toBeNull();
    expect(h.fake.posts.filter((p) => p.body.channel === 'C0NEWS')).toHaveLength(1);
    expect((await h.store.getDelivery('slack', 'C0NEWS', ID))?.status).toBe('sent');
    expect((await h.store.getDelivery('slack', 'C0GONE', ID))?.status).toBe('failed');

    // The subscriber hears about it in a DM, with the Slack command to run again.
    expect(h.fake.calls('conversations.open').map((c) => c.body.users)).toEqual(['U0ADMIN']);
    const dm = h.fake.posts.find((p) => p.body.channel === 'DU0ADMIN');
    expect(String(dm?.body.text)).toContain('<#C0GONE>');
    expect(String(dm?.body.text)).toContain('/herald subscribe');

    // Paused: the next fire does not even try.
    const before = h.fake.calls('chat.postMessage').length;
    expect(await scheduler.fire('slack', 'C0GONE', 'scheduled')).toBeNull();
    expect(h.fake.calls('chat.postMessage')).toHaveLength(before);
  });

  for (const code of ['not_in_channel', 'channel_not_found', 'is_archived']) {
    it(`post() turns ${code} into ChannelUnavailableError`, async () => {
      h.fake.setChannelError('C0BAD', code);
      const reply = digestReply(await h.library.resolve(ID), h.clock.now(), 'UTC');
      const err = await h.adapter.post('C0BAD', reply, 'k').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ChannelUnavailableError);
      expect((err as ChannelUnavailableError).reason.startsWith(`${code}:`)).toBe(true);
    });
  }

  it('post() turns a message Slack will never take (msg_too_long) into PermanentPostError', async () => {
    h.fake.setChannelError('C0BAD', 'msg_too_long');
    const reply = digestReply(await h.library.resolve(ID), h.clock.now(), 'UTC');
    const err = await h.adapter.post('C0BAD', reply, 'k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentPostError);
    expect((err as PermanentPostError).reason).toBe('Slack refused the post: msg_too_long');
  });

  it('other Slack errors are thrown as they are (the core retries them)', async () => {
    h.fake.setChannelError('C0BAD', 'internal_error');
    const reply = digestReply(await h.library.resolve(ID), h.clock.now(), 'UTC');
    const err = await h.adapter.post('C0BAD', reply, 'k').catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(ChannelUnavailableError);
    expect(err).not.toBeInstanceOf(PermanentPostError);
    expect((err as { data?: { error?: string } }).data?.error).toBe('internal_error');
  });
});
