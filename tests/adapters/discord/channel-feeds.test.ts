import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL, type FakeInteraction } from '../../fakes/discord.js';
import { FixtureServer } from '../../sources/server.js';
import { addedId, serveFeed } from '../../feeds/rss.js';
import { embedText, harness, interact, MANAGE_CHANNELS, SEED_ID, type Harness } from './harness.js';

// Two servers (guilds) with one bot: each is a community of its own.
const GUILD_A = '400000000000000101';
const GUILD_B = '400000000000000202';
const CHANNEL_A = '200000000000000301';
const CHANNEL_B = '200000000000000402';
const ADMIN_A = '300000000000000011';
const ADMIN_B = '300000000000000022';

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

const inA = { guildId: GUILD_A, channelId: CHANNEL_A, userId: ADMIN_A, permissions: MANAGE_CHANNELS };
const inB = { guildId: GUILD_B, channelId: CHANNEL_B, userId: ADMIN_B, permissions: MANAGE_CHANNELS };

/** Every message the interaction's answer took (the edited deferral and the follow-ups), as text. */
const answerText = (it: FakeInteraction): string =>
  [it.original, ...it.followUps].map((m) => embedText(m?.body)).join('\n');
const isPrivate = (it: FakeInteraction): boolean =>
  it.callbacks[0]?.data?.flags === EPHEMERAL && it.original?.flags === EPHEMERAL;
/** The embed titles of the messages Herald posted in a channel. */
const titlesIn = (channel: string): string[] =>
  h.fake
    .channelMessages(channel)
    .flatMap((m) => ((m.body.embeds ?? []) as Array<{ title?: string }>).map((e) => e.title ?? ''));

describe('Discord: channel feeds in two servers (real discord.js against the fake)', () => {
  let war = '';
  const url = () => server.url('/war.xml');

  it("a source added in server A is listed in A only, and B's /sources remove of it is refused", {
    timeout: 15_000,
  }, async () => {
    serveFeed(server, 'war', ['Kursk front holds']);
    const add = await interact(h, h.fake.chatInput('sources', { action: 'add', url: url() }, inA));
    expect(isPrivate(add)).toBe(true);
    war = addedId(answerText(add));
    await h.poller?.pollNow(war); // joins the fetch /sources add started, if it is still under way
    expect(await h.store.articles.matching('Kursk front holds', 1)).toHaveLength(1);
    expect(await h.store.sources.followers(war)).toEqual([`discord:${GUILD_A}`]);

    const listA = await interact(h, h.fake.chatInput('sources', { action: 'list' }, inA));
    expect(answerText(listA)).toContain(war);
    expect(answerText(listA)).toContain(url());
    const listB = await interact(h, h.fake.chatInput('sources', { action: 'list' }, inB));
    expect(answerText(listB)).not.toContain(war);
    expect(answerText(listB)).not.toContain(url());
    expect(answerText(listB)).toMatch(/No news sources yet/);

    for (const ref of [war, url()]) {
      const remove = await interact(h, h.fake.chatInput('sources', { action: 'remove', id: ref }, inB));
      expect(isPrivate(remove)).toBe(true);
      expect(answerText(remove)).toMatch(/No source ".*" here\. \/sources action:list lists them\./);
    }
    expect(await h.store.sources.getSource(war)).not.toBeNull();
    expect(answerText(await interact(h, h.fake.chatInput('sources', { action: 'list' }, inA)))).toContain(war);
    // Nor can B's channels take it.
    const take = await interact(h, h.fake.chatInput('subscribe', { source: war }, inB));
    expect(answerText(take)).toMatch(new RegExp(`No source "${war}" here`));
    expect(await h.store.getSubscription('discord', CHANNEL_B)).toBeNull();
  });

  it("B neither lists, suggests nor shows the articles of A's source; A does", { timeout: 15_000 }, async () => {
    const [item] = await h.store.articles.matching('Kursk front holds', 1);
    const id = item?.id ?? '';
    expect(id).not.toBe('');
    for (const [where, sees] of [
      [inB, false],
      [inA, true],
    ] as const) {
      const list = answerText(await interact(h, h.fake.chatInput('articles', {}, where)));
      expect(list.includes(id)).toBe(sees);
      expect(list).toContain(sees ? '2 in all' : '1 in all');
      const byId = answerText(await interact(h, h.fake.chatInput('digest', { article: id }, where)));
      expect(byId).toContain(sees ? 'Kursk front holds' : `No article "${id}"`);
      const suggested = await interact(
        h,
        h.fake.autocomplete('digest', { article: id.slice(0, 12) }, 'article', where),
      );
      const choices = (suggested.callbacks[0]?.data?.choices ?? []) as Array<{ value: string }>;
      expect(choices.some((c) => c.value === id)).toBe(sees);
    }
  });

  it("A's channel with source:<id> gets its items at the next fire; B's channel on all does not", {
    timeout: 20_000,
  }, async () => {
    const subA = await interact(
      h,
      h.fake.chatInput('subscribe', { schedule: 'daily 08:00', source: war, reminders: false }, inA),
    );
    expect(answerText(subA)).toContain(`Sources: ${war}.`);
    const subB = await interact(
      h,
      h.fake.chatInput('subscribe', { schedule: 'daily 08:00', source: 'all', reminders: false }, inB),
    );
    expect(answerText(subB)).toMatch(/Sources: all/);
    expect(await h.store.getSubscription('discord', CHANNEL_A)).toMatchObject({
      sources: [war],
      community: `discord:${GUILD_A}`,
    });
    expect(await h.store.getSubscription('discord', CHANNEL_B)).toMatchObject({
      sources: null,
      community: `discord:${GUILD_B}`,
    });

    // The first fire: A gets the newest item of its source, B the newest article it can take (the seed).
    await h.scheduler.fire('discord', CHANNEL_A, 'scheduled');
    await h.scheduler.fire('discord', CHANNEL_B, 'scheduled');
    expect(titlesIn(CHANNEL_A)).toEqual(['Kursk front holds']);
    const seedHeadline = h.library.digest(await h.library.resolve(SEED_ID)).headline;
    expect(titlesIn(CHANNEL_B)).toEqual([seedHeadline]);

    // The feed grows; the poller takes the new items when the source is due again.
    serveFeed(server, 'war', ['Talks on Kursk resume', 'Kursk bridge repaired', 'Kursk front holds']);
    h.clock.set(new Date(h.clock.now().getTime() + 16 * 60_000).toISOString());
    expect((await h.poller?.pollNow(war))?.added).toHaveLength(2);
    const a = await h.scheduler.fire('discord', CHANNEL_A, 'scheduled');
    const b = await h.scheduler.fire('discord', CHANNEL_B, 'scheduled');
    expect(a?.posted).toHaveLength(2);
    expect(b?.posted).toEqual([]);
    expect(titlesIn(CHANNEL_A)).toEqual(['Kursk front holds', 'Kursk bridge repaired', 'Talks on Kursk resume']);
    expect(titlesIn(CHANNEL_B)).toEqual([seedHeadline]);
    expect(
      h.fake
        .channelMessages(CHANNEL_B)
        .map((m) => embedText(m.body))
        .join('\n'),
    ).not.toMatch(/Kursk (front holds|bridge|Talks)|Talks on Kursk/);
  });

  it('/status answers privately with the next post as <t:…:F> (<t:…:R>), and /status article:ID says why', {
    timeout: 15_000,
  }, async () => {
    const status = await interact(h, h.fake.chatInput('status', {}, { ...inA, permissions: '0' }));
    expect(isPrivate(status)).toBe(true);
    const embed = (
      status.original?.body.embeds as Array<{ fields?: Array<{ name: string; value: string }> }> | undefined
    )?.[0];
    const next = embed?.fields?.find((f) => f.name === 'Next post');
    // The clock is 24 Nov 2024 12:16 UTC; daily 08:00 in Europe/Kyiv (UTC+2) is next 25 Nov 06:00 UTC.
    const unix = Date.parse('2024-11-25T06:00:00Z') / 1000;
    expect(next?.value).toBe(`Mon, 25 Nov 2024, 08:00 Europe/Kyiv\n<t:${unix}:F> (<t:${unix}:R>)`);
    const text = answerText(status);
    expect(text).toContain('daily 08:00 (cron 0 8 \\* \\* \\*), Europe/Kyiv');
    expect(text).toContain(`${war}: ok, last fetched`);
    expect(text).not.toContain('files: the articles folder');
    const last = embed?.fields?.find((f) => f.name === 'Last posted');
    expect(last?.value).toMatch(/<t:\d+:F> \(<t:\d+:R>\)$/);

    const [talks] = await h.store.articles.matching('Talks on Kursk', 1);
    const message = h.fake.channelMessages(CHANNEL_A).find((m) => embedText(m.body).includes('Talks on Kursk resume'));
    const sent = await interact(h, h.fake.chatInput('status', { article: talks?.id ?? '' }, inA));
    expect(isPrivate(sent)).toBe(true);
    expect(answerText(sent)).toMatch(new RegExp(`was posted here .*\\(message ${message?.id}\\)`));
    // Server B does not see A's source, so it is not told of its articles either.
    const notHere = await interact(h, h.fake.chatInput('status', { article: talks?.id ?? '' }, inB));
    expect(answerText(notHere)).toContain(`No article "${talks?.id}"`);
    const seed = await interact(h, h.fake.chatInput('status', { article: SEED_ID }, inA));
    expect(answerText(seed)).toMatch(/not for this channel: it comes from the articles folder/);
  });
});
