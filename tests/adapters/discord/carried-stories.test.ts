import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInteraction } from '../../fakes/discord.js';
import { FixtureServer } from '../../sources/server.js';
import { addedId } from '../../feeds/rss.js';
import { embedText, harness, interact, MANAGE_CHANNELS, type Harness } from './harness.js';

// Two servers follow feeds of their own; one wire story appears in both feeds. It is stored once, by
// server A's feed (first to have it), and server B's feed carries it. What B's members see of it.
const GUILD_A = '400000000000000111';
const GUILD_B = '400000000000000222';
const CHANNEL_A = '200000000000000311';
const CHANNEL_B = '200000000000000422';
const ROUNDUP_B = '200000000000000433';
const inA = { guildId: GUILD_A, channelId: CHANNEL_A, userId: '300000000000000033', permissions: MANAGE_CHANNELS };
const inB = { guildId: GUILD_B, channelId: CHANNEL_B, userId: '300000000000000044', permissions: MANAGE_CHANNELS };
const FILLER = 'Residents were told to expect the first changes before the end of the month, officials said. ';

let h: Harness;
let server: FixtureServer;
beforeAll(async () => {
  server = await FixtureServer.start();
  h = await harness({ sources: true });
}, 15_000);
afterAll(async () => {
  await h?.close();
  await server?.close();
}, 10_000);

/** An RSS feed titled "<name> desk" at /<name>.xml, its items (title, link path) newest first. */
function feed(name: string, items: Array<[string, string]>): void {
  const xml = items.map(([title, link], i) => {
    const date = new Date(Date.UTC(2024, 10, 24 - i, 9)).toUTCString();
    return `<item><title>${title}</title><link>${server.url(link)}</link><guid>${name}:${link}</guid><pubDate>${date}</pubDate><description><![CDATA[${title}. ${FILLER.repeat(6)}]]></description></item>`;
  });
  server.set(`/${name}.xml`, {
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>${name} desk</title>${xml.join('')}</channel></rss>`,
  });
}
const answer = (it: FakeInteraction): string =>
  [it.original, ...it.followUps].map((m) => embedText(m?.body)).join('\n');
const later = () => h.clock.set(new Date(h.clock.now().getTime() + 16 * 60_000).toISOString());

describe('Discord: a wire story two servers’ feeds carry (real discord.js against the fake)', () => {
  let storyId = '';

  beforeAll(async () => {
    feed('harbour', [['Quarry road reopens', '/a/quarry']]);
    feed('valley', [['Ferry timetable changes', '/b/ferry']]);
    const harbour = addedId(
      answer(await interact(h, h.fake.chatInput('sources', { action: 'add', url: server.url('/harbour.xml') }, inA))),
    );
    const valley = addedId(
      answer(await interact(h, h.fake.chatInput('sources', { action: 'add', url: server.url('/valley.xml') }, inB))),
    );
    await h.poller?.pollNow(harbour);
    await h.poller?.pollNow(valley);
    await interact(h, h.fake.chatInput('subscribe', { source: harbour, reminders: false }, inA));
    await interact(h, h.fake.chatInput('subscribe', { source: valley, reminders: false }, inB));
    const roundup = { source: valley, format: 'roundup', reminders: false };
    await interact(h, h.fake.chatInput('subscribe', roundup, { ...inB, channelId: ROUNDUP_B }));
    for (const c of [CHANNEL_A, CHANNEL_B, ROUNDUP_B]) await h.scheduler.fire('discord', c, 'scheduled');
    // The wire story: A's feed has it first, B's feed a quarter of an hour later (the same link).
    feed('harbour', [
      ['Council sets its budget', '/wire/budget'],
      ['Quarry road reopens', '/a/quarry'],
    ]);
    later();
    await h.poller?.pollNow(harbour);
    feed('valley', [
      ['Council sets its budget', '/wire/budget'],
      ['Ferry timetable changes', '/b/ferry'],
    ]);
    later();
    await h.poller?.pollNow(valley);
    storyId = (await h.store.articles.matching('Council sets', 1))[0]?.id ?? '';
    expect(storyId).not.toBe('');
  }, 20_000);

  it('/articles in B says how many it lists: the carried story is counted', { timeout: 15_000 }, async () => {
    const list = answer(await interact(h, h.fake.chatInput('articles', {}, inB)));
    const listed = list.split('\n').filter((l) => l.startsWith('• ')).length;
    expect(list).toContain(storyId);
    // The seed file, B's ferry story and the carried wire story.
    expect(listed).toBe(3);
    expect(list).toContain('3 in all');
  });

  it("B's posts and /digest credit the story to B's feed, never to A's", { timeout: 20_000 }, async () => {
    for (const c of [CHANNEL_A, CHANNEL_B, ROUNDUP_B]) await h.scheduler.fire('discord', c, 'scheduled');
    const last = (channel: string): string => embedText(h.fake.channelMessages(channel).at(-1)?.body);
    expect(last(CHANNEL_A)).toContain('Council sets its budget');
    expect(last(CHANNEL_A)).toContain('harbour desk · published 2024-11-24');
    for (const channel of [CHANNEL_B, ROUNDUP_B]) {
      expect(last(channel)).toContain('Council sets its budget');
      expect(last(channel)).toContain('valley desk · published 2024-11-24');
      expect(last(channel)).not.toContain('harbour');
    }
    const inBDigest = answer(await interact(h, h.fake.chatInput('digest', { article: storyId }, inB)));
    expect(inBDigest).toContain(`valley desk · published 2024-11-24 · ${storyId}`);
    expect(inBDigest).not.toContain('harbour');
    const inADigest = answer(await interact(h, h.fake.chatInput('digest', { article: storyId }, inA)));
    expect(inADigest).toContain(`harbour desk · published 2024-11-24 · ${storyId}`);
  });
});
