import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../sources/server.js';
import { managerIn, useWorlds, type SourcesWorld } from '../sources/support.js';
import { replyText } from '../support/reply-text.js';

// One story carried by the feeds of two communities (a wire story, a shared link): each community's
// channels get it once, whichever feed carried it first.

let server: FixtureServer;
const world = useWorlds();
beforeAll(async () => {
  server = await FixtureServer.start();
});
afterAll(() => server.close());

const at = managerIn;
const filler = 'Residents were told to expect the first changes before the end of the month, officials said. ';

interface Item {
  title: string;
  /** The path of its link on the fixture server. */
  link: string;
}

/** An RSS feed of `items`, newest first, each long enough to be the article itself (with guids unless told). */
function feed(name: string, items: Item[], guids = true): string {
  const xml = items.map((it, i) => {
    const date = new Date(Date.UTC(2024, 10, 24 - i, 9)).toUTCString();
    return `<item><title>${it.title}</title><link>${server.url(it.link)}</link>${guids ? `<guid>${name}:${it.link}</guid>` : ''}<pubDate>${date}</pubDate><description><![CDATA[${it.title}. ${filler.repeat(6)}]]></description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name} desk</title>${xml.join('')}</channel></rss>`;
}

async function publish(w: SourcesWorld, name: string, items: Item[], id?: string): Promise<string> {
  server.set(`/${name}.xml`, { type: 'application/rss+xml', body: feed(name, items) });
  if (id) {
    w.advance(16);
    await w.poller.pollNow(id);
    return id;
  }
  return '';
}

async function add(w: SourcesWorld, community: string, name: string, items: Item[]): Promise<string> {
  await publish(w, name, items);
  const reply = await w.bus.runText(`sources add ${server.url(`/${name}.xml`)}`, at(community, 'admin'));
  const id = /as (\S+),/.exec(replyText(reply))?.[1] ?? '';
  expect(id).not.toBe('');
  await w.poller.pollNow(id);
  return id;
}

const digests = (w: SourcesWorld, channel: string) =>
  w.adapter.posts
    .filter((p) => p.channelId === channel && p.reply.kind === 'digest')
    .map((p) => p.reply.parts[0]?.title);

async function fireAll(w: SourcesWorld, channels: string[]): Promise<void> {
  for (const c of channels) for (let i = 0; i < 2; i++) await w.scheduler.fire('test', c, 'scheduled');
}

// Two feeds of community A, north and south, each with a story of its own; `shared` is for both.
const STORIES = {
  first: { title: 'Harbour wall repaired', link: '/a/wall' },
  other: { title: 'Library hours extended', link: '/b/library' },
  shared: { title: 'Tram line approved', link: '/shared/tram' },
};

async function northAndSouth(w: SourcesWorld): Promise<[string, string]> {
  return [await add(w, 'A', 'north', [STORIES.first]), await add(w, 'A', 'south', [STORIES.other])];
}

describe('a story two communities’ feeds carry', () => {
  it('reaches the channels of both, once each, whichever feed had it first', async () => {
    const w = await world();
    const quarry = { title: 'Quarry road reopens', link: '/a/quarry' };
    const ferry = { title: 'Ferry timetable changes', link: '/b/ferry' };
    const budget = { title: 'Council sets its budget', link: '/shared/budget' };
    const wire = await add(w, 'A', 'wire', [quarry]);
    const local = await add(w, 'B', 'local', [ferry]);
    await w.bus.runText('subscribe hourly reminders:off', at('A', 'a-all'));
    await w.bus.runText('subscribe hourly reminders:off', at('B', 'b-all'));
    await w.bus.runText(`subscribe hourly source:${local} reminders:off`, at('B', 'b-local'));
    await fireAll(w, ['a-all', 'b-all', 'b-local']);
    w.adapter.posts.length = 0;

    await publish(w, 'wire', [budget, quarry], wire);
    await fireAll(w, ['a-all', 'b-all', 'b-local']);
    expect(digests(w, 'a-all')).toEqual([budget.title]);
    expect(digests(w, 'b-all')).toEqual([]); // B does not follow A's feed

    // B's own feed now carries the same story (its own guid, the same link).
    await publish(w, 'local', [budget, ferry], local);
    await fireAll(w, ['a-all', 'b-all', 'b-local']);
    expect(digests(w, 'b-all')).toEqual([budget.title]);
    expect(digests(w, 'b-local')).toEqual([budget.title]);
    expect(digests(w, 'a-all')).toEqual([budget.title]); // not again

    // B finds it in its own lists and can ask for it; its feed counts it.
    const listed = replyText(await w.bus.runText('articles', at('B', 'b-all')));
    expect(listed).toContain(budget.title);
    expect(replyText(await w.bus.runText('sources list', at('B', 'b-all')))).toMatch(/\b2 articles\b/);
    const [story] = await w.store.articles.matching('Council sets', 1);
    const digest = await w.bus.runText(`digest ${story?.id}`, at('B', 'b-all'));
    expect(digest.kind).toBe('digest');
    expect(replyText(await w.bus.runText(`status article:${story?.id}`, at('B', 'b-local')))).toMatch(
      /was posted here/,
    );
    // A channel of B that takes neither is told of B's source, never of A's.
    await w.bus.runText('subscribe hourly source:files reminders:off', at('B', 'b-files'));
    const why = replyText(await w.bus.runText(`status article:${story?.id}`, at('B', 'b-files')));
    expect(why).toMatch(/which this channel does not take/);
    expect(/comes from the source (\S+), which/.exec(why)?.[1]).toBe(local);
    expect(wire).not.toBe(local);
  });

  it('inside one community, a channel that takes only the second feed gets the story too, and one taking both gets it once', async () => {
    const w = await world();
    const { first, other, shared } = STORIES;
    const [a, b] = await northAndSouth(w);
    await w.bus.runText(`subscribe hourly source:${b} reminders:off`, at('A', 'south-only'));
    await w.bus.runText(`subscribe hourly source:${a},${b} reminders:off`, at('A', 'both'));
    await fireAll(w, ['south-only', 'both']);
    w.adapter.posts.length = 0;

    await publish(w, 'north', [shared, first], a);
    await publish(w, 'south', [shared, other], b);
    await fireAll(w, ['south-only', 'both']);
    expect(digests(w, 'south-only')).toEqual([shared.title]);
    expect(digests(w, 'both')).toEqual([shared.title]);
    expect(await w.store.articles.matching('Tram line', 5)).toHaveLength(1); // stored once
  });

  it('a channel that takes only the second feed sees its post credited to that feed, not to one it does not take', async () => {
    const w = await world();
    const [a, b] = await northAndSouth(w);
    await w.bus.runText(`subscribe hourly source:${b} reminders:off`, at('A', 'south-only'));
    await w.bus.runText(`subscribe hourly source:${b} format:roundup reminders:off`, at('A', 'south-roundup'));
    await fireAll(w, ['south-only', 'south-roundup']);
    w.adapter.posts.length = 0;

    const shared = { title: 'Tram line approved', link: '/shared/tram' };
    await publish(w, 'north', [shared], a);
    await publish(w, 'south', [shared], b);
    await fireAll(w, ['south-only', 'south-roundup']);
    const posted = (channel: string) =>
      w.adapter.posts.filter((p) => p.channelId === channel).map((p) => replyText(p.reply));
    expect(posted('south-only')).toHaveLength(1);
    for (const text of [...posted('south-only'), ...posted('south-roundup')]) {
      expect(text).toContain('south desk');
      expect(text).not.toContain('north desk');
    }
  });
});

describe('a carried story and the ingestion order', () => {
  it('a carried story pruned next leaves its place in the order to no later article (SQLite)', async () => {
    const w = await world();
    const { first, other, shared } = STORIES;
    const fresh = { title: 'Bridge closed for repairs', link: '/a/bridge' };
    const [a, b] = await northAndSouth(w);
    await w.bus.runText('subscribe hourly reminders:off', at('A', 'all'));
    await fireAll(w, ['all']);
    await publish(w, 'north', [shared, first], a);
    await fireAll(w, ['all']);
    w.adapter.posts.length = 0;

    // Four weeks on, the second feed lists the same story: it moves to the end of the order, and the
    // channel, done with it, moves its cursor past it.
    w.advance(29 * 24 * 60);
    await publish(w, 'south', [shared, other], b);
    await fireAll(w, ['all']);
    expect(digests(w, 'all')).toEqual([]);

    // Two days later the story is pruned (30 days kept), then the first feed has a new one.
    w.advance(2 * 24 * 60);
    server.set('/north.xml', { type: 'application/rss+xml', body: feed('north', [fresh, shared, first]) });
    await w.poller.tick();
    expect((await w.sourceArticles()).map((s) => s.title)).toEqual([fresh.title]);
    await fireAll(w, ['all']);
    expect(digests(w, 'all')).toEqual([fresh.title]);
  });
});

describe('a second feed that lists what the first already had', () => {
  it('carries its older items from its first fetch without posting them, as a first fetch does (items without guids)', async () => {
    const w = await world();
    const older = { title: 'Harbour wall repaired', link: '/site/wall' };
    const old = { title: 'Library hours extended', link: '/site/library' };
    const newest = { title: 'Tram line approved', link: '/site/tram' };
    const later = { title: 'Bridge closed for repairs', link: '/site/bridge' };
    // One site's two feeds, neither with guids: the same link and text in both.
    const a = await add(w, 'A', 'site', [older]);
    for (const items of [
      [old, older],
      [newest, old, older],
    ]) {
      server.set('/site.xml', { type: 'application/rss+xml', body: feed('site', items, false) });
      w.advance(16);
      await w.poller.pollNow(a);
    }
    server.set('/site-city.xml', { type: 'application/rss+xml', body: feed('site-city', [newest, old, older], false) });
    const reply = await w.bus.runText(`sources add ${server.url('/site-city.xml')}`, at('A', 'admin'));
    const b = /as (\S+),/.exec(replyText(reply))?.[1] ?? '';
    await w.poller.pollNow(b);
    await w.bus.runText(`subscribe hourly source:${b} reminders:off`, at('A', 'city'));
    await fireAll(w, ['city']);
    expect(digests(w, 'city')).toEqual([newest.title]);
    w.adapter.posts.length = 0;

    // The next fetches list the same items, then one more: only that one is news here.
    w.advance(16);
    await w.poller.pollNow(b);
    await fireAll(w, ['city']);
    expect(digests(w, 'city')).toEqual([]);
    server.set('/site-city.xml', {
      type: 'application/rss+xml',
      body: feed('site-city', [later, newest, old, older], false),
    });
    w.advance(16);
    await w.poller.pollNow(b);
    await fireAll(w, ['city']);
    expect(digests(w, 'city')).toEqual([later.title]);
    // It carries them all: its community lists them.
    const listed = replyText(await w.bus.runText('articles', at('A', 'city')));
    for (const it of [older, old, newest, later]) expect(listed).toContain(it.title);
  });

  it('a channel that passed a story through its own feed does not get it when another community’s feed carries it later', async () => {
    const w = await world();
    const story = { title: 'Council sets its budget', link: '/shared/budget' };
    const next = { title: 'Pool reopens after repairs', link: '/a/pool' };
    const other = { title: 'Ferry timetable changes', link: '/b/ferry' };
    const wire = await add(w, 'A', 'wire', [story]);
    await publish(w, 'wire', [next, story], wire);
    // Subscribed after the wire had the story: its first post is the newest, and the story is older.
    await w.bus.runText(`subscribe hourly source:${wire} reminders:off`, at('A', 'late'));
    await fireAll(w, ['late']);
    expect(digests(w, 'late')).toEqual([next.title]);
    const local = await add(w, 'B', 'local', [other]);
    await w.bus.runText('subscribe hourly reminders:off', at('B', 'b-all'));
    await fireAll(w, ['b-all']);
    w.adapter.posts.length = 0;

    await publish(w, 'local', [story, other], local);
    await fireAll(w, ['late', 'b-all']);
    expect(digests(w, 'late')).toEqual([]);
    expect(digests(w, 'b-all')).toEqual([story.title]);
  });

  it('posts none of the older items two feeds without guids both skipped at their first fetch', async () => {
    const w = await world();
    const items = ['Harbour wall repaired', 'Library hours extended', 'Tram line approved'].map((title, i) => ({
      title,
      link: `/site/${i}`,
    }));
    server.set('/site.xml', { type: 'application/rss+xml', body: feed('site', items, false) });
    const a =
      /as (\S+),/.exec(
        replyText(await w.bus.runText(`sources add ${server.url('/site.xml')}`, at('A', 'admin'))),
      )?.[1] ?? '';
    await w.poller.pollNow(a);
    server.set('/site-city.xml', { type: 'application/rss+xml', body: feed('site-city', items, false) });
    const b =
      /as (\S+),/.exec(
        replyText(await w.bus.runText(`sources add ${server.url('/site-city.xml')}`, at('A', 'admin'))),
      )?.[1] ?? '';
    await w.poller.pollNow(b);
    await w.bus.runText('subscribe hourly reminders:off', at('A', 'everything'));
    await fireAll(w, ['everything']);
    w.adapter.posts.length = 0;
    for (const id of [a, b]) {
      w.advance(16);
      await w.poller.pollNow(id);
    }
    await fireAll(w, ['everything']);
    expect(digests(w, 'everything')).toEqual([]);
    expect((await w.sourceArticles()).map((x) => x.title)).toEqual([items[0]?.title]);
  });
});

describe('a carried story that a channel still waits for', () => {
  it('a post that fails is tried again at the next fire, though the story comes again later in the order', async () => {
    const w = await world();
    const { first, other, shared } = STORIES;
    const [a, b] = await northAndSouth(w);
    await w.bus.runText('subscribe hourly reminders:off', at('A', 'all'));
    await fireAll(w, ['all']);
    w.adapter.posts.length = 0;

    await publish(w, 'north', [shared, first], a);
    await publish(w, 'south', [shared, other], b);
    // The platform is down for this fire: the story stays to be posted.
    w.adapter.failures.set('all', [new Error('socket hang up'), new Error('socket hang up'), new Error('again')]);
    await w.scheduler.fire('test', 'all', 'scheduled');
    expect(digests(w, 'all')).toEqual([]);
    w.adapter.failures.delete('all');
    await fireAll(w, ['all']);
    expect(digests(w, 'all')).toEqual([shared.title]);
  });
});

describe('/status article: for a story another feed carries', () => {
  it('says it waits for the next fire in a channel that takes only the carrier and had passed its first place', async () => {
    const w = await world();
    const { first, other, shared } = STORIES;
    const [a, b] = await northAndSouth(w);
    await publish(w, 'north', [shared, first], a);
    await w.bus.runText(`subscribe hourly source:${b} reminders:off`, at('A', 'south-only'));
    await fireAll(w, ['south-only']);
    w.adapter.posts.length = 0;
    await publish(w, 'south', [shared, other], b);
    const [story] = await w.store.articles.matching('Tram line', 1);
    const said = replyText(await w.bus.runText(`status article:${story?.id}`, at('A', 'south-only')));
    expect(said).toMatch(/waits for the next fire/);
    await fireAll(w, ['south-only']);
    expect(digests(w, 'south-only')).toEqual([shared.title]);
  });
});
