import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../sources/server.js';
import { managerIn, useWorlds, type SourcesWorld } from '../sources/support.js';
import { replyText } from '../support/reply-text.js';

let server: FixtureServer;
const world = useWorlds();
beforeAll(async () => {
  server = await FixtureServer.start();
});
afterAll(() => server.close());

const at = managerIn;
const filler = 'Officials gave no further details about the timetable, and the next briefing is due later this week. ';

/** An RSS feed of `titles` (newest first), each item long enough to be taken as the article itself. */
function feed(name: string, titles: string[]): string {
  const items = titles.map((t, i) => {
    const date = new Date(Date.UTC(2024, 10, 20 + i, 9)).toUTCString();
    return `<item><title>${t}</title><link>${server.url(`/${name}/${i}`)}</link><guid>${name}-${t}</guid><pubDate>${date}</pubDate><description><![CDATA[${t}. ${t} was reported on ${date}. ${filler.repeat(8)}]]></description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name} desk</title>${items.reverse().join('')}</channel></rss>`;
}

/** Adds a feed for a community and stores its items: the first fetch takes the newest, the next the rest. */
async function follow(w: SourcesWorld, community: string, name: string, titles: string[]): Promise<string> {
  server.set(`/${name}.xml`, { type: 'application/rss+xml', body: feed(name, titles.slice(0, 1)) });
  const reply = await w.bus.runText(`sources add ${server.url(`/${name}.xml`)}`, at(community, 'admin'));
  const id = /as (\S+),/.exec(replyText(reply))?.[1] ?? '';
  await w.poller.pollNow(id);
  return id;
}

async function more(w: SourcesWorld, id: string, name: string, titles: string[]): Promise<void> {
  server.set(`/${name}.xml`, { type: 'application/rss+xml', body: feed(name, titles) });
  w.advance(16);
  await w.poller.pollNow(id);
}

const digests = (w: SourcesWorld, channel: string) =>
  w.adapter.posts
    .filter((p) => p.channelId === channel && p.reply.kind === 'digest')
    .map((p) => p.reply.parts[0]?.title);

describe('channel feeds', () => {
  it('keeps communities apart: a source added in one is not listed, taken or removable in another, yet is fetched once', async () => {
    const w = await world();
    const war = await follow(w, 'A', 'war', ['Kursk front holds']);
    expect(replyText(await w.bus.runText('sources list', at('A', 'a1')))).toContain(war);
    expect(replyText(await w.bus.runText('sources list', at('B', 'b1')))).not.toContain(war);
    const refused = await w.bus.runText(`sources remove ${war}`, at('B', 'b1'));
    expect(refused.kind).toBe('error');
    expect(replyText(refused)).toMatch(/No source .* here/);
    expect(replyText(await w.bus.runText(`subscribe hourly source:${war}`, at('B', 'b1')))).toMatch(
      /No source "war-desk|No source "127/,
    );
    // B follows the same URL: one source, one fetch, listed for both now.
    await w.bus.runText(`sources add ${server.url('/war.xml')}`, at('B', 'admin'));
    expect(await w.store.sources.listSources()).toHaveLength(1);
    expect(await w.store.sources.followers(war)).toEqual(['A', 'B']);
    await w.bus.runText(`sources remove ${war}`, at('A', 'a1'));
    expect(replyText(await w.bus.runText('sources list', at('B', 'b1')))).toContain(war);
    expect(await w.store.sources.getSource(war)).not.toBeNull();
    await w.bus.runText(`sources remove ${war}`, at('B', 'b1'));
    expect(await w.store.sources.getSource(war)).toBeNull(); // nobody follows it: not fetched any more
  });

  it('says, when a channel subscribes again, that a source it chose is no longer followed here', async () => {
    const w = await world();
    const port = await follow(w, 'A', 'port', ['Ferry fares frozen']);
    expect(replyText(await w.bus.runText(`subscribe hourly source:${port}`, at('A', 'a1')))).not.toMatch(
      /no longer followed/,
    );
    await w.bus.runText(`sources remove ${port}`, at('A', 'a1'));
    const again = replyText(await w.bus.runText('subscribe daily 09:00', at('A', 'a1')));
    expect(again).toContain(`${port}: no longer followed here, so nothing comes from it (/sources lists what is).`);
  });

  it('a channel takes only the sources it chose, and its community’s; topics pass and block as written', async () => {
    const w = await world();
    const war = await follow(w, 'A', 'war', ['Kursk front holds']);
    const sport = await follow(w, 'A', 'sport', ['Cup final tonight']);
    const other = await follow(w, 'B', 'other', ['Harbour reopens']);
    await w.bus.runText(`subscribe hourly source:${war}`, at('A', 'war-only'));
    await w.bus.runText('subscribe hourly source:all', at('A', 'everything'));
    await w.bus.runText('subscribe hourly topics:"kursk, -football"', at('A', 'topical'));
    for (const c of ['war-only', 'everything', 'topical']) await w.scheduler.fire('test', c, 'scheduled');
    w.adapter.posts.length = 0;
    await more(w, war, 'war', ['Kursk front holds', 'Kursk football stadium hit', 'Talks on Kursk resume']);
    await more(w, sport, 'sport', ['Cup final tonight', 'Football league results']);
    await more(w, other, 'other', ['Harbour reopens', 'Ferries return']);
    for (const c of ['war-only', 'everything', 'topical'])
      for (let i = 0; i < 3; i++) await w.scheduler.fire('test', c, 'scheduled');
    expect(digests(w, 'war-only')).toEqual(['Kursk football stadium hit', 'Talks on Kursk resume']);
    expect(digests(w, 'everything')).toEqual([
      'Kursk football stadium hit',
      'Talks on Kursk resume',
      'Football league results',
    ]); // not B's source
    expect(digests(w, 'topical')).toEqual(['Talks on Kursk resume']);
    const why = async (channel: string, title: string) => {
      const [a] = await w.store.articles.matching(title, 1);
      return replyText(await w.bus.runText(`status article:${a?.id}`, at('A', channel)));
    };
    expect(await why('topical', 'Kursk football')).toMatch(
      /not for this channel: it mentions "football", which this channel excludes/,
    );
    expect(await why('topical', 'Cup final')).toMatch(/matches none of this channel's topics \(kursk, -football\)/);
    expect(await why('war-only', 'Football league')).toMatch(
      /comes from the source .*, which this channel does not take/,
    );
    expect(await why('war-only', 'Talks on Kursk')).toMatch(/was posted here .*\(message \d+\)/);
    expect(await why('war-only', 'Kursk front holds')).toMatch(/was posted here/); // the newest it took when it subscribed
    expect(await why('everything', 'Cup final')).toMatch(/older than this channel's subscription/);
  });

  it('a roundup posts every new article in one post, each once, and nothing again at the next fire', async () => {
    const w = await world();
    const subjects = [
      'Bridge',
      'Library',
      'Ferry',
      'Tram',
      'School',
      'Hospital',
      'Market',
      'Museum',
      'Park',
      'Stadium',
      'Airport',
      'Harbour',
      'Theatre',
    ];
    const titles = subjects.map((s) => `${s} plan approved`);
    const id = await follow(w, 'A', 'city', titles.slice(0, 1));
    await w.bus.runText(`subscribe daily 08:00 source:${id} format:roundup reminders:off`, at('A', 'news'));
    await w.scheduler.fire('test', 'news', 'scheduled'); // the newest article, as a new subscription's first post
    w.adapter.posts.length = 0;
    await more(w, id, 'city', titles);
    const fire = await w.scheduler.fire('test', 'news', 'scheduled');
    expect(fire?.posted).toHaveLength(12);
    expect(w.adapter.posts).toHaveLength(1);
    const post = w.adapter.posts[0]!.reply;
    expect(post.kind).toBe('roundup');
    expect(post.parts[0]?.title).toMatch(/^News roundup — \w+day, \d+ \w+ 20\d\d$/);
    expect(post.parts[0]?.items?.map((i) => i.title).sort()).toEqual(
      titles
        .slice(1)
        .map((t) => `${t}`)
        .sort(),
    );
    expect(
      post.parts[0]?.items?.every((i) => i.url?.startsWith(server.url('/city/')) && i.meta?.startsWith('city desk')),
    ).toBe(true);
    const sent = await w.store.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM deliveries WHERE channel_id = 'news' AND status = 'sent'`,
    );
    expect(sent?.n).toBe(13);
    await w.scheduler.fire('test', 'news', 'scheduled');
    expect(w.adapter.posts).toHaveLength(1);
  });

  it('/status says what the channel gets, what waits, and how to resume a paused channel', async () => {
    const w = await world();
    const war = await follow(w, 'A', 'war', ['Kursk front holds']);
    const none = await w.bus.runText('status', at('A', 'fresh'));
    expect(replyText(none)).toMatch(/no subscription.*subscribe/);
    await w.bus.runText(
      `subscribe daily 08:00 Europe/Kyiv source:${war},files topics:kursk format:roundup`,
      at('A', 'c1'),
    );
    const s = await w.bus.runText('status', at('A', 'c1'));
    const text = replyText(s);
    expect(text).toContain('daily 08:00 (cron 0 8 * * *), Europe/Kyiv');
    expect(text).toMatch(/Next post.*Mon, 25 Nov 2024, 08:00 Europe\/Kyiv/s);
    expect(text).toContain(`${war}: ok, last fetched`);
    expect(text).toContain('files: the articles folder');
    expect(text).toMatch(/Topics.*kursk/s);
    expect(text).toMatch(/roundup: one post per fire/);
    expect(text).toMatch(/Waiting.*1 article for the next post/s); // a new subscription starts with the newest article it takes
    const next = s.parts[0]?.fields?.find((f) => f.name === 'Next post');
    expect(next?.time).toEqual({ at: '2024-11-25T06:00:00.000Z', style: 'moment' });
    await w.scheduler.fire('test', 'c1', 'scheduled');
    expect(replyText(await w.bus.runText('status', at('A', 'c1')))).toMatch(/Waiting\W+no new article/);
    // Subscribing again starts from the newest article, which this channel already had: none waits.
    await w.bus.runText('unsubscribe', at('A', 'c1'));
    await w.bus.runText(`subscribe daily 08:00 source:${war},files topics:kursk`, at('A', 'c1'));
    expect(replyText(await w.bus.runText('status', at('A', 'c1')))).toMatch(/Waiting\W+no new article/);
    const before = w.adapter.posts.length;
    await w.scheduler.fire('test', 'c1', 'scheduled');
    expect(w.adapter.posts.slice(before).filter((p) => p.reply.kind !== 'reminder')).toEqual([]);
    await w.bus.runText('subscribe 0 8 1 1 *', at('A', 'c1'));
    expect(replyText(await w.bus.runText('status', at('A', 'c1')))).toMatch(/Next post\W+more than a month from now/);
    await w.store.setPaused('test', 'c1', 'Herald cannot see the channel');
    expect(replyText(await w.bus.runText('status', at('A', 'c1')))).toMatch(
      /Paused.*Herald cannot see the channel\. Fix that, then run \/subscribe here to resume/s,
    );
  });
});
