import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/slack/render.js';
import { digestReply } from '../../../src/chat/digest-reply.js';
import { Scheduler } from '../../../src/schedule/scheduler.js';
import type { FakeMessage } from '../../fakes/slack.js';
import { TEST_HOLDER } from '../../support/services.js';
import { NOW, articlesDir, blockTexts, openServices, startHarness, type Harness } from './harness.js';

// A digest that needs several Slack messages: its title is about 20,000 characters. The reader cuts a
// file's title to 300, so the test writes this one into the index itself (a roundup can be as long).
const TITLE = Array.from(
  { length: 260 },
  (_, i) => `Harbour board minute ${i} records the berth allocations and the dredging schedule.`,
).join(' ');
const ARTICLE = `---
title: Harbour board minutes
date: 2024-11-28
source: Harbour Board
---
The harbour board will publish the dredging tender on 16 December, after two years of delays.

“The channel is silting up faster than our budget allows us to clear it,” said Ines Varga, the harbour master.

Shipping firms say the delays already cost them a tide a week. The board meets again in January.
`;

/** Gives the test article its 20,000-character title in the index the harness read the folder into. */
async function lengthen(h: Harness): Promise<void> {
  const a = await h.store.articles.get(ID);
  if (!a) throw new Error('the test article was not indexed');
  const stamp = (await h.store.articles.fileStamps()).get(`${ID}.md`) ?? '';
  await h.store.articles.upsertFile(`${ID}.md`, stamp, { ...a, title: TITLE }, NOW);
}
const ID = '2024-11-28-harbour-board';
const KEY = (channel: string) => `slack:${channel}:${ID}`;

/** The part numbers of this delivery's messages in a channel, oldest first. */
const partsIn = (h: Harness, channel: string): number[] =>
  h.fake
    .messagesIn(channel)
    .filter((m) => m.metadata?.event_payload.delivery === KEY(channel))
    .map((m) => Number(m.metadata?.event_payload.part));

const logged = (h: Harness, text: string): number =>
  h.logs.filter((l) => (JSON.parse(l) as { msg: string }).msg.includes(text)).length;

describe('Slack: a digest of several messages is never repeated in part (issue 14, item 7)', () => {
  const dir = articlesDir({ [`${ID}.md`]: ARTICLE });
  let h: Harness;
  /** The digest as the Slack messages the scheduler posts, to compare the channel with. */
  let expected: string[][];
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', digests: dir });
    await lengthen(h);
    const article = await h.store.articles.get(ID);
    if (!article) throw new Error('the test article was not indexed');
    expected = renderReply(digestReply(article, h.clock.now(), 'UTC', h.adapter.commandPrefix)).map((m) =>
      blockTexts(m.blocks),
    );
    await h.close();
  });
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()?.();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function setup(opts: { holder?: string; exclusive?: boolean; clockMs?: number } = {}) {
    h = await startHarness({ mode: 'http', digests: dir });
    cleanups.push(() => h.close());
    await lengthen(h);
    return scheduler(h.store, h.library, opts);
  }

  function scheduler(
    store: Harness['store'],
    library: Harness['library'],
    opts: { holder?: string; exclusive?: boolean; clockMs?: number } = {},
  ): Scheduler {
    const clock = opts.clockMs === undefined ? h.clock : { now: () => new Date(Date.parse(NOW) + (opts.clockMs ?? 0)) };
    const s = new Scheduler({
      store,
      library,
      posters: new Map([['slack', h.adapter]]),
      log: h.log,
      clock,
      maxRetries: 2,
      backoffMs: 10,
      holder: opts.holder ?? TEST_HOLDER.holder,
      exclusive: opts.exclusive ?? TEST_HOLDER.exclusive,
    });
    cleanups.push(() => s.stop(2000));
    return s;
  }

  /** What the channel shows of the delivery: each message's texts, in order. */
  const shown = (channel: string): string[][] =>
    h.fake
      .messagesIn(channel)
      .filter((m: FakeMessage) => m.metadata?.event_payload.delivery === KEY(channel))
      .map((m) => blockTexts(m.blocks));

  it('the digest really is several messages', () => {
    expect(expected.length).toBeGreaterThanOrEqual(3);
  });

  for (const [what, plan] of [
    [
      'a platform error (internal_error)',
      (h: Harness) => h.fake.failCall('chat.postMessage', 2, { error: 'internal_error' }),
    ],
    // The Web API client retries a 500 once itself (TEST_RETRY), so both answers are 500s.
    [
      'HTTP 500, twice',
      (h: Harness) => {
        for (const n of [2, 3]) h.fake.failCall('chat.postMessage', n, { status: 500 });
      },
    ],
  ] as const) {
    it(`the 2nd message fails with ${what}: the retry posts only the rest, the 1st is not repeated`, async () => {
      const s = await setup();
      await h.subscribe('C0NEWS');
      plan(h);
      expect(await s.fire('slack', 'C0NEWS', 'scheduled')).toMatchObject({ posted: [ID], failed: [] });
      expect(partsIn(h, 'C0NEWS')).toEqual(expected.map((_, i) => i));
      expect(shown('C0NEWS')).toEqual(expected);
      expect(await h.store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({
        status: 'sent',
        messageId: h.fake.messagesIn('C0NEWS')[0]?.ts,
      });
    });
  }

  it('the 2nd message refused for the whole fire: the fire fails, and the next fire posts only the rest', async () => {
    const s = await setup();
    await h.subscribe('C0NEWS');
    // One first try and two retries, each stopped at the 2nd message.
    for (const n of [2, 3, 4]) h.fake.failCall('chat.postMessage', n, { error: 'internal_error' });
    expect(await s.fire('slack', 'C0NEWS', 'scheduled')).toMatchObject({ posted: [], failed: [ID] });
    expect(partsIn(h, 'C0NEWS')).toEqual([0]);
    expect(await h.store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({ status: 'failed', partsSent: 1 });

    expect(await s.fire('slack', 'C0NEWS', 'scheduled')).toMatchObject({ posted: [ID] });
    expect(shown('C0NEWS')).toEqual(expected);
  });

  /**
   * Another Herald claims the delivery and posts to Slack through the adapter (the first `accepted`
   * messages), then dies before writing anything more.
   */
  async function crashAfterPosting(channel: string, accepted = expected.length): Promise<void> {
    const lease = new Date(Date.parse(NOW) + 30_000).toISOString();
    expect(
      await h.store.claimDelivery({
        platform: 'slack',
        channelId: channel,
        articleId: ID,
        at: NOW,
        holder: 'crashed-instance',
        leaseUntil: lease,
      }),
    ).not.toBeNull();
    const article = await h.store.articles.get(ID);
    if (!article) throw new Error('the test article was not indexed');
    if (accepted < expected.length) h.fake.failCall('chat.postMessage', accepted + 1, { error: 'internal_error' });
    await h.adapter
      .post(channel, digestReply(article, h.clock.now(), 'UTC', h.adapter.commandPrefix), KEY(channel))
      .catch(() => {});
    expect(partsIn(h, channel)).toHaveLength(accepted);
  }

  /** A new process on the same file: fresh store and scheduler, started as Herald starts. */
  async function restart(): Promise<Harness['store']> {
    await h.store.close();
    const again = await openServices(h.dbPath, dir);
    cleanups.push(async () => {
      again.files.stop();
      await again.store.close();
    });
    await scheduler(again.store, again.library).start();
    return again.store;
  }

  it('a crash after Slack accepted the whole post: at restart the post is found in the channel through its metadata, not posted again', async () => {
    await setup();
    await h.subscribe('C0NEWS');
    await crashAfterPosting('C0NEWS');
    const postsBefore = h.fake.calls('chat.postMessage').length;

    const store = await restart();
    expect(h.fake.calls('chat.postMessage')).toHaveLength(postsBefore);
    expect(shown('C0NEWS')).toEqual(expected);
    const history = h.fake.calls('conversations.history');
    expect(history.length).toBeGreaterThan(0);
    expect(history[0]?.body).toMatchObject({ channel: 'C0NEWS', include_all_metadata: 'true' });
    expect(await store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({
      status: 'sent',
      messageId: h.fake.messagesIn('C0NEWS')[0]?.ts,
    });
  });

  it('a crash after Slack accepted the 1st message only: at restart only the rest is posted', async () => {
    await setup();
    await h.subscribe('C0NEWS');
    await crashAfterPosting('C0NEWS', 1);
    const store = await restart();
    expect(partsIn(h, 'C0NEWS')).toEqual(expected.map((_, i) => i));
    expect(shown('C0NEWS')).toEqual(expected);
    expect(await store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({
      status: 'sent',
      messageId: h.fake.messagesIn('C0NEWS')[0]?.ts,
    });
  });

  it('in a busy channel the post is found pages back, and another article’s post is not taken for it', async () => {
    await setup();
    await h.subscribe('C0NEWS');
    // Yesterday's delivery of another article, by Herald, before this one: more messages than this one has.
    for (let part = 0; part <= expected.length; part++) {
      h.fake.addMessage('C0NEWS', {
        text: `an earlier digest, ${part}`,
        bot_id: 'B0HERALD',
        metadata: { event_type: 'herald_delivery', event_payload: { delivery: 'slack:C0NEWS:2024-11-27-other', part } },
      });
    }
    await crashAfterPosting('C0NEWS', 1);
    for (let i = 0; i < 250; i++) h.fake.addMessage('C0NEWS', { text: `chatter ${i}`, user: 'U0READER' });
    const store = await restart();
    expect(h.fake.calls('conversations.history').length).toBeGreaterThanOrEqual(2); // 200 a page
    expect(shown('C0NEWS')).toEqual(expected);
    const first = h.fake.messagesIn('C0NEWS').find((m) => m.metadata?.event_payload.delivery === KEY('C0NEWS'));
    expect(await store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({ status: 'sent', messageId: first?.ts });
  });

  it('another instance takes over a claim whose lease ran out (shared store): it checks the channel first', async () => {
    await setup();
    await h.subscribe('C0NEWS');
    await crashAfterPosting('C0NEWS');
    // A minute later, past the dead holder's lease; not exclusive, so nothing is released at start.
    const other = scheduler(h.store, h.library, { holder: 'second-instance', exclusive: false, clockMs: 60_000 });
    expect(await other.fire('slack', 'C0NEWS', 'scheduled')).toMatchObject({ posted: [ID] });
    expect(shown('C0NEWS')).toEqual(expected);
    expect(logged(h, 'post found already in the channel')).toBe(1);
  });

  it('without channels:history the channel cannot be checked: a warning says so, and the post goes out again', async () => {
    await setup();
    await h.subscribe('C0NEWS');
    await crashAfterPosting('C0NEWS');
    h.fake.scopes.delete('channels:history');
    await restart();
    const warnings = h.logs.filter((l) => l.includes('could not look for an interrupted post'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('missing_scope');
    expect(shown('C0NEWS')).toEqual([...expected, ...expected]);
  });
});
