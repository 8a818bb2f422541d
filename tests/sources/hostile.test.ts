import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './server.js';
import { useWorlds, type SourcesWorld } from './support.js';
import { fetchLimited } from '../../src/sources/http.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { isPrivateAddress } from '../../src/sources/address.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let server: FixtureServer;
const world = useWorlds();

const item = (n: number, date: string) =>
  `<item><title>Item ${n}</title><link>http://news.example/${n}</link><guid>i${n}</guid><pubDate>${new Date(date).toUTCString()}</pubDate><description>Text of item ${n}.</description></item>`;

/** A feed of `n` items, its newest in the middle, so only sorting by date finds it. */
function bigFeed(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++)
    items.push(item(i, i === n / 2 ? '2024-11-24T10:00:00Z' : `2024-0${1 + (i % 9)}-15T10:00:00Z`));
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title>${items.join('')}</channel></rss>`;
}

beforeAll(async () => {
  server = await FixtureServer.start();
  const redirect = (to: string) => ({ status: 302, headers: { location: to } });
  server
    .set('/good.xml', {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>${item(1, '2024-11-24T08:00:00Z')}</channel></rss>`,
    })
    .set('/malformed.xml', { type: 'application/rss+xml', body: server.fixture('malformed.xml') })
    .set('/sitemap.xml', { type: 'application/xml', body: server.fixture('not-a-feed.xml') })
    .set('/no-article.html', { body: server.fixture('no-article.html') })
    .set('/image.png', {
      type: 'image/png',
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    })
    .set('/data.json', { type: 'application/json', body: '{"items": []}' })
    .set('/deep', { body: `<html><body>${'<div>'.repeat(50_000)}deep</body></html>` })
    .set('/hang', { handler: () => {} })
    .set('/loop-a', redirect('/loop-b'))
    .set('/loop-b', redirect('/loop-a'))
    .set('/to-file', redirect('file:///etc/passwd'))
    .set('/error', { status: 500, body: 'oops' })
    .set('/busy', { status: 503, headers: { 'retry-after': '7200' } })
    .set('/flood.xml', { type: 'application/rss+xml', body: bigFeed(50_000) })
    .set('/endless', {
      handler: (_req, res) => {
        // A body that never ends, streamed without a Content-Length.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'x'.repeat(65_000)}</p>`;
        const timer = setInterval(
          () => (res.writableEnded || res.destroyed ? clearInterval(timer) : res.write(chunk)),
          5,
        );
        res.on('close', () => clearInterval(timer));
      },
    });
  for (let i = 0; i < 10; i++) server.set(`/chain/${i}`, redirect(`/chain/${i + 1}`));
});
afterAll(() => server.close());

describe('broken and hostile sources', () => {
  it('gives each broken source its own error, logged as one line naming it, with backoff; the good source goes on', async () => {
    // Long enough for a redirect chain and a feed of 50,000 items on a busy machine; the hung source waits it out.
    const w = await world({ limits: { timeoutMs: 3000, maxBytes: 300_000 } });
    const cases: Record<string, RegExp> = {
      malformed: /^not a readable RSS or Atom feed \(.+\)$/,
      sitemap: /^not a readable RSS or Atom feed \(The XML document could not be parsed as a feed\)$/,
      'no-article': /^no article found on the page/,
      image: /^not a feed or a web page \(content type image\/png\)$/,
      data: /^neither a feed nor a web page \(content type application\/json\)$/,
      hang: /^no complete answer within 3 s$/,
      'loop-a': /^redirect loop: .*\/loop-a redirects back to itself$/,
      'chain/0': /^more than 5 redirects/,
      'to-file': /^file: URLs are not fetched/,
      error: /^HTTP 500/,
      endless: /^response larger than 300 KB$/,
      deep: /^cannot read the page: tags nested more than 1000 deep$/,
      flood: /^response larger than 300 KB$/,
    };
    const paths: Record<string, string> = {
      malformed: '/malformed.xml',
      sitemap: '/sitemap.xml',
      'no-article': '/no-article.html',
      image: '/image.png',
      data: '/data.json',
      flood: '/flood.xml',
    };
    const entries = [
      { url: server.url('/good.xml'), name: 'Good' },
      ...Object.keys(cases).map((name) => ({
        url: server.url(paths[name] ?? `/${name}`),
        name: name.replace('/', '-'),
      })),
    ];
    w.writeSources(entries);
    const outcomes = await w.poller.tick();
    expect(outcomes).toHaveLength(entries.length);
    const byName = new Map((await w.store.sources.listSources()).map((s) => [s.name, s]));
    expect(byName.get('Good')).toMatchObject({ lastError: null, failures: 0 });
    expect((await w.sourceArticles()).map((a) => a.sourceId)).toEqual([byName.get('Good')?.id]);
    for (const [name, want] of Object.entries(cases)) {
      const s = byName.get(name.replace('/', '-'));
      expect(s?.lastError, name).toMatch(want);
      // First failure: the next try is after twice the interval.
      expect(s, name).toMatchObject({ failures: 1, nextFetchAt: '2024-11-24T12:30:00.000Z' });
      const lines = w.logged('source fetch failed').filter((l) => l.source === s?.id);
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'warn', url: s?.url, error: s?.lastError });
    }
    // Not due yet: nothing is fetched again. Then the backoff doubles.
    expect(await w.poller.tick()).toEqual([]);
    w.advance(30);
    const again = await w.poller.tick();
    expect(again.filter((o) => o.status === 'failed')).toHaveLength(Object.keys(cases).length);
    expect(await byNameNow(w, 'malformed')).toMatchObject({ failures: 2, nextFetchAt: '2024-11-24T13:30:00.000Z' });
  });

  it('stores nothing from a feed cut off on the way, and the whole item once the feed comes back whole', async () => {
    const w = await world();
    const story =
      '<item><guid>harbour-1</guid><title>Harbour bridge to close for repairs</title>' +
      '<description>The harbour bridge closes for six weeks from Monday. Buses will take a longer route.</description></item>';
    const whole = `<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title>${story}</channel></rss>\n`;
    // Cut inside the description: the parser would still give the item, with none of its text.
    server.set('/cut.xml', { type: 'application/rss+xml', body: whole.slice(0, whole.indexOf('for six weeks')) });
    w.writeSources([{ url: server.url('/cut.xml'), name: 'cut' }]);
    await w.poller.tick();
    expect(await w.sourceArticles()).toEqual([]);
    expect(await byNameNow(w, 'cut')).toMatchObject({
      failures: 1,
      lastError: expect.stringMatching(/^the feed ends before its closing tag, as if cut off on the way/),
    });
    server.set('/cut.xml', { type: 'application/rss+xml', body: whole });
    w.advance(30);
    await w.poller.tick();
    expect((await w.sourceArticles()).map((a) => a.text)).toEqual([
      'The harbour bridge closes for six weeks from Monday. Buses will take a longer route.',
    ]);
  });

  it('waits as long as a 503’s Retry-After asks when that is longer than the backoff', async () => {
    const w = await world();
    w.writeSources([{ url: server.url('/busy'), name: 'busy' }]);
    await w.poller.tick();
    expect(await byNameNow(w, 'busy')).toMatchObject({
      lastError: 'HTTP 503 Service Unavailable',
      nextFetchAt: '2024-11-24T14:00:00.000Z',
    });
  });

  it('reads only the newest 200 items of a 50,000-item feed, and stores just the newest on a first fetch', async () => {
    const w = await world({ limits: { maxBytes: 20_000_000 } });
    w.writeSources([{ url: server.url('/flood.xml'), name: 'flood' }]);
    const [outcome] = await w.poller.tick();
    expect(outcome).toMatchObject({ status: 'ok', added: ['2024-11-24-item-25000'] });
    expect(w.logged('feed capped to its newest items')[0]).toMatchObject({ items: 50_000, read: 200 });
  });

  it('never fetches one source twice at once, and stop() cancels a fetch under way without counting a failure', async () => {
    const w = await world({ limits: { timeoutMs: 10_000 } });
    w.writeSources([{ url: server.url('/hang'), name: 'slow' }]);
    await w.poller.syncFile();
    const id = (await byNameNow(w, 'slow'))?.id ?? '';
    const before = server.requestsTo('/hang').length;
    const first = w.poller.pollNow(id);
    expect(w.poller.pollNow(id)).toBe(first);
    await w.poller.tick();
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requestsTo('/hang').length - before).toBe(1);
    const started = Date.now();
    expect(await w.poller.stop(2000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await first).toMatchObject({ status: 'failed' });
    expect(await byNameNow(w, 'slow')).toMatchObject({ failures: 0, lastError: null });
  });

  it('refuses local and private addresses from chat unless allowed', async () => {
    const w = await world({ allowPrivate: false });
    await expect(w.manager.add(server.url('/good.xml'), 'test', 'u1')).rejects.toThrow(
      /127\.0\.0\.1 is a private or local address/,
    );
    await expect(fetchLimited(server.url('/good.xml'), fetchLimits())).rejects.toMatchObject({
      code: 'private-address',
    });
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
      '0.0.0.0',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('cuts a server’s long status text, so /sources list and the logs show one readable line', async () => {
    const long = createServer((_req, res) => {
      res.writeHead(503, `Service Unavailable ${'because '.repeat(2000)}`);
      res.end();
    });
    await new Promise<void>((ok) => long.listen(0, '127.0.0.1', ok));
    try {
      const url = `http://127.0.0.1:${(long.address() as AddressInfo).port}/feed.xml`;
      const err = await fetchLimited(url, fetchLimits({ allowPrivate: true, timeoutMs: 3000 })).catch((e: Error) => e);
      expect((err as Error).message).toMatch(/^HTTP 503 Service Unavailable because because .*…/);
      expect((err as Error).message.length).toBeLessThan(200);
    } finally {
      long.close();
    }
  });
});

async function byNameNow(w: SourcesWorld, name: string) {
  return (await w.store.sources.listSources()).find((s) => s.name === name);
}
