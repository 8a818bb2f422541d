import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './server.js';
import { useWorlds } from './support.js';

// Two servers: the feed the operator listed, and another local service its links point at.
let feeds: FixtureServer;
let inside: FixtureServer;
const world = useWorlds();

const rss = (link: string): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Wire</title><item><title>Ferry timetable changes</title><link>${link}</link><guid>ferry-1</guid><pubDate>${new Date('2024-11-23T09:00:00Z').toUTCString()}</pubDate><description>The winter ferry timetable starts on 2 December.</description></item></channel></rss>`;
const page = '<html><head><title>Internal</title></head><body><article><p>Secret admin page text that must never be read by the bot.</p></article></body></html>';

beforeAll(async () => {
  [feeds, inside] = await Promise.all([FixtureServer.start(), FixtureServer.start()]);
  inside.set('/admin.html', { body: page });
  feeds
    .set('/wire.xml', { type: 'application/rss+xml', body: rss(inside.url('/admin.html')) })
    .set('/moved.xml', { status: 301, headers: { location: '/wire.xml' } });
});
afterAll(async () => {
  await Promise.all([feeds.close(), inside.close()]);
});

describe('sources.json: only the URL written in the file skips the private-address check', () => {
  it('reads the listed local feed, but not the local page its item links to', async () => {
    const w = world({ allowPrivate: false });
    w.writeSources([{ url: feeds.url('/wire.xml'), name: 'Wire' }]);
    const [outcome] = await w.poller.tick();
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(inside.requestsTo('/admin.html')).toHaveLength(0);
    const [stored] = w.store.sources.listArticles();
    expect(stored?.text).toBe('The winter ferry timetable starts on 2 December.');
    expect(w.logged('article page not read; keeping the feed summary')[0]?.error).toMatch(/127\.0\.0\.1 is a private or local address/);
  });

  it('does not follow a redirect from the listed URL to a local address', async () => {
    const w = world({ allowPrivate: false });
    w.writeSources([{ url: feeds.url('/moved.xml'), name: 'Moved' }]);
    const before = feeds.requestsTo('/wire.xml').length;
    const [outcome] = await w.poller.tick();
    expect(outcome?.error).toMatch(/127\.0\.0\.1 is a private or local address/);
    expect(feeds.requestsTo('/wire.xml').length).toBe(before);
  });

  it('with HERALD_SOURCES_ALLOW_PRIVATE=on, follows local links as before', async () => {
    const w = world({ allowPrivate: true });
    w.writeSources([{ url: feeds.url('/wire.xml'), name: 'Wire' }]);
    await w.poller.tick();
    expect(inside.requestsTo('/admin.html').length).toBeGreaterThan(0);
  });
});
