import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { FixtureServer } from './server.js';
import { useWorlds, type SourcesWorld } from './support.js';

let server: FixtureServer;
const world = useWorlds();

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/articles/wind-farm.html', { body: server.fixture('wind-farm.html') })
    .set('/articles/tram.html', { body: server.fixture('tram.html') });
});
afterAll(() => server.close());

interface Item {
  guid: string;
  title: string;
  link: string;
  date: string;
  text: string;
}
/** A small RSS 2.0 feed, written per test so items can change between fetches. */
function rss(items: Item[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${server.url(i.link)}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate><description><![CDATA[${i.text}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>${server.origin}/</link>${body}</channel></rss>`;
}
const story = (n: number, over: Partial<Item> = {}): Item => ({
  guid: `wire-${n}`,
  title: `Story number ${n} about the harbour`,
  link: `/wire/${n}`,
  date: `2024-11-${String(10 + n).padStart(2, '0')}T09:00:00Z`,
  text: `Story ${n}: the port authority said on Monday that the harbour will reopen on 2 December. “We are ready,” said harbour master Ida Holm. ${'The ships are waiting outside the breakwater. '.repeat(15)}`,
  ...over,
});

async function follow(w: SourcesWorld, path: string): Promise<string> {
  const source = await w.manager.add(server.url(path), 'test', 'u1');
  await w.poller.pollNow(source.id);
  return source.id;
}

describe('polling sources into stored articles', () => {
  it('stores only the newest item on a first fetch, then sends the ETag back, gets 304 and adds nothing', async () => {
    const w = await world();
    server.set('/rss.xml', { type: 'application/rss+xml', body: server.fixture('rss.xml'), etag: '"courier-v1"' });
    const id = await follow(w, '/rss.xml');
    const stored = await w.sourceArticles();
    expect(stored.map((a) => a.id)).toEqual(['2024-11-22-offshore-wind-farm-approved-after-two-year-review']);
    expect(stored[0]).toMatchObject({
      sourceId: id,
      sourceName: 'Riverside Courier',
      guid: 'courier-1003',
      date: '2024-11-22',
    });
    // The link is stored without its utm_* parameters.
    expect(stored[0]?.url).toBe(server.url('/articles/wind-farm.html'));
    // Stored articles are listed with the files, newest first, and resolve by id or prefix like them.
    expect((await w.library.list(50)).map((a) => a.id)).toEqual([
      '2024-11-24-kursk',
      '2024-11-22-offshore-wind-farm-approved-after-two-year-review',
    ]);
    const article = await w.library.resolve('2024-11-22-offshore');
    const d = buildDigest(article);
    expect(d.article).toMatchObject({
      date: '2024-11-22',
      source: 'Riverside Courier',
      title: 'Offshore wind farm approved after two-year review',
    });
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ana Duarte', 'Piet Jansen']);
    // The day construction starts, not the seabird plan's deadline beside it.
    expect(d.keyDate?.date).toBe('2025-03-01');
    expect(await w.store.sources.getSource(id)).toMatchObject({
      etag: '"courier-v1"',
      fetchedOnce: true,
      lastError: null,
      nextFetchAt: '2024-11-24T12:15:00.000Z',
    });

    w.advance(15);
    const [again] = await w.poller.tick();
    expect(again).toMatchObject({ status: 'not-modified', added: [] });
    const feedRequests = server.requestsTo('/rss.xml');
    expect(feedRequests[0]?.headers['if-none-match']).toBeUndefined();
    expect(feedRequests.at(-1)?.headers['if-none-match']).toBe('"courier-v1"');
    expect(feedRequests.at(-1)?.headers['user-agent']).toMatch(/^Herald\/\S+ \(\+https?:\/\/\S+; news digests\)$/);
    expect(await w.sourceArticles()).toHaveLength(1);
  });

  it('sends Last-Modified back as If-Modified-Since when there is no ETag', async () => {
    const w = await world();
    server.set('/atom.xml', {
      type: 'application/atom+xml',
      body: server.fixture('atom.xml'),
      lastModified: 'Thu, 21 Nov 2024 10:00:00 GMT',
    });
    const id = await follow(w, '/atom.xml');
    expect((await w.sourceArticles()).map((a) => a.id)).toEqual(['2024-11-21-tram-line-4-to-reach-the-new-hospital']);
    w.advance(16);
    expect((await w.poller.pollNow(id))?.status).toBe('not-modified');
    expect(server.requestsTo('/atom.xml').at(-1)?.headers['if-modified-since']).toBe('Thu, 21 Nov 2024 10:00:00 GMT');
  });

  it('does not repost when a feed rewrites a date, a guid, or tracking parameters; posts a genuinely new item', async () => {
    const w = await world();
    const one = story(1);
    const two = story(2);
    server.set('/wire.xml', { type: 'application/rss+xml', body: rss([two, one]) });
    const id = await follow(w, '/wire.xml');
    expect((await w.sourceArticles()).map((a) => a.guid)).toEqual(['wire-2']);
    const rewritten = [
      { ...two, date: '2024-11-23T18:00:00Z' }, // same guid, new date
      { ...one, guid: 'wire-1-v2', date: '2024-11-23T18:00:00Z' }, // new guid, same URL
      { ...story(9), guid: 'wire-9', link: '/wire/2?utm_source=rss&utm_campaign=x#top', text: two.text }, // same page and text as item 2
    ];
    server.set('/wire.xml', { type: 'application/rss+xml', body: rss(rewritten) });
    w.advance(15);
    expect(await w.poller.pollNow(id)).toMatchObject({ status: 'ok', added: [] });
    // Another URL and guid, but the same text as item 1: the content hash knows it.
    server.set('/wire.xml', { type: 'application/rss+xml', body: rss([{ ...story(7), text: one.text }]) });
    w.advance(15);
    expect(await w.poller.pollNow(id)).toMatchObject({ status: 'ok', added: [] });
    server.set('/wire.xml', { type: 'application/rss+xml', body: rss([story(3), ...rewritten]) });
    w.advance(15);
    expect(await w.poller.pollNow(id)).toMatchObject({
      status: 'ok',
      added: ['2024-11-13-story-number-3-about-the-harbour'],
    });
    expect(await w.sourceArticles()).toHaveLength(2);
    // At the default log level an operator sees the fetches that brought something, not every poll.
    expect(w.logged('source fetched').map((e) => [e.level, (e.added as string[]).length])).toEqual([
      ['info', 1],
      ['debug', 0],
      ['debug', 0],
      ['info', 1],
    ]);
  });

  it('dates an item dated after tomorrow the day it is read, and never takes it for the newest on a first fetch', async () => {
    const w = await world();
    // A wrong year in the feed: 2029 for 2024.
    const typo = story(3, { date: '2029-11-13T09:00:00Z' });
    server.set('/ahead.xml', { type: 'application/rss+xml', body: rss([story(1), typo, story(2)]) });
    const id = await follow(w, '/ahead.xml');
    expect((await w.sourceArticles()).map((a) => a.id)).toEqual(['2024-11-12-story-number-2-about-the-harbour']);
    // A new item dated ahead is stored as published the day it was read, not at the top of /articles until 2030.
    server.set('/ahead.xml', {
      type: 'application/rss+xml',
      body: rss([story(1), typo, story(2), story(4, { date: '2030-01-01T09:00:00Z' })]),
    });
    w.advance(15);
    expect(await w.poller.pollNow(id)).toMatchObject({ added: ['2024-11-24-story-number-4-about-the-harbour'] });
    expect((await w.library.list(1)).map((a) => [a.id, a.date])).toEqual([
      ['2024-11-24-story-number-4-about-the-harbour', '2024-11-24'],
    ]);
  });

  it('delivers a new item at the next scheduled fire in a subscribed channel, once', async () => {
    const w = await world();
    await w.bus.run(
      'subscribe',
      { schedule: 'hourly', reminders: false },
      { platform: 'test', channelId: 'news', userId: 'u1', canManage: true },
    );
    await w.scheduler.fire('test', 'news', 'scheduled');
    expect(w.adapter.digestsTo('news')).toEqual(['2024-11-24-kursk']);
    server.set('/later.xml', { type: 'application/rss+xml', body: rss([story(1)]) });
    const id = await follow(w, '/later.xml');
    server.set('/later.xml', {
      type: 'application/rss+xml',
      body: rss([story(4, { date: '2024-11-24T11:00:00Z' }), story(1)]),
    });
    w.advance(15);
    await w.poller.pollNow(id);
    for (let i = 0; i < 3; i++) await w.scheduler.fire('test', 'news', 'scheduled');
    expect(w.adapter.digestsTo('news')).toEqual([
      '2024-11-24-kursk',
      '2024-11-11-story-number-1-about-the-harbour',
      '2024-11-24-story-number-4-about-the-harbour',
    ]);
    const post = w.adapter.posts.at(-1)?.reply.parts[0];
    expect(post?.title).toBe('Story number 4 about the harbour');
    expect(post?.url).toBe(server.url('/wire/4'));
    expect(post?.footer).toContain('Test Wire');
  });

  it('a feed that starts answering with a consent or sign-in page (status 200) fails; the page is never posted as news', async () => {
    const w = await world();
    await w.bus.run(
      'subscribe',
      { schedule: 'hourly', reminders: false },
      { platform: 'test', channelId: 'news', userId: 'u1', canManage: true },
    );
    server.set('/walled.xml', { type: 'application/rss+xml', body: rss([story(1)]) });
    const id = await follow(w, '/walled.xml');
    await w.scheduler.fire('test', 'news', 'scheduled');
    const wall = `<!doctype html><html><head><title>Before you continue</title></head><body><main><h1>We value your privacy</h1>${'<p>We and our partners store and access information on your device, such as cookies, and process personal data for personalised advertising and content measurement. You may accept or refuse before you continue to the site, and change your choice at any time.</p>'.repeat(4)}</main></body></html>`;
    server.set('/walled.xml', { type: 'text/html', body: wall });
    w.advance(15);
    const failed = await w.poller.pollNow(id);
    expect(failed).toMatchObject({ status: 'failed', added: [] });
    expect(failed?.error).toMatch(/web page \("Before you continue"\) instead of its feed/);
    await w.scheduler.fire('test', 'news', 'scheduled');
    expect(w.adapter.digestsTo('news')).toEqual(['2024-11-24-kursk', '2024-11-11-story-number-1-about-the-harbour']);
    // Back to its feed: its next item comes as usual.
    server.set('/walled.xml', { type: 'application/rss+xml', body: rss([story(2), story(1)]) });
    w.advance(60);
    expect(await w.poller.pollNow(id)).toMatchObject({
      status: 'ok',
      added: ['2024-11-12-story-number-2-about-the-harbour'],
    });
  });

  it('keeps ids readable and unique: a hash suffix when the date and title are taken, never a file’s id', async () => {
    const w = await world();
    const same = { title: 'Kursk', date: '2024-11-24T08:00:00Z' };
    server.set('/a.xml', { type: 'application/rss+xml', body: rss([story(1, { ...same, guid: 'a1', link: '/a/1' })]) });
    server.set('/b.xml', { type: 'application/rss+xml', body: rss([story(2, { ...same, guid: 'b1', link: '/b/1' })]) });
    await follow(w, '/a.xml');
    await follow(w, '/b.xml');
    const ids = (await w.sourceArticles()).map((a) => a.id).sort();
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^2024-11-24-kursk-[0-9a-f]{6}$/);
    expect((await w.library.resolve('2024-11-24-kursk')).text).toMatch(/^date |Russian leader/); // the file keeps its id
  });

  it('prunes stored articles after the kept days, and never takes them again', async () => {
    const w = await world();
    server.set('/prune.xml', { type: 'application/rss+xml', body: rss([story(5)]) });
    const id = await follow(w, '/prune.xml');
    expect(await w.library.list(50)).toHaveLength(2);
    w.advance(31 * 24 * 60);
    await w.poller.tick();
    expect(w.logged('old source articles pruned')[0]).toMatchObject({ count: 1, keepDays: 30 });
    expect((await w.library.list(50)).map((a) => a.id)).toEqual(['2024-11-24-kursk']);
    expect((await w.store.sources.getSource(id))?.lastOkAt).toBe(w.clock.now().toISOString());
  });

  it('follows a single article URL: one article, dated from the page, or the fetch day when the page says nothing', async () => {
    const w = await world({ now: '2024-11-25T06:00:00Z' });
    await follow(w, '/articles/tram.html');
    const undated = server.fixture('tram.html').replace(/<time[^>]*>[^<]*<\/time>/, '');
    server.set('/undated.html', {
      body: undated.replaceAll('Tram line 4 to reach the new hospital', 'Tram line 5 plans'),
    });
    await follow(w, '/undated.html');
    expect((await w.sourceArticles()).map((a) => [a.id, a.date, a.sourceName])).toEqual(
      expect.arrayContaining([
        ['2024-11-21-tram-line-4-to-reach-the-new-hospital', '2024-11-21', '127.0.0.1'],
        ['2024-11-25-tram-line-5-plans', '2024-11-25', '127.0.0.1'],
      ]),
    );
  });
});
