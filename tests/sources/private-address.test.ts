import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './server.js';
import { manager, useWorlds } from './support.js';
import { replyText } from '../support/reply-text.js';
import { fetchLimited } from '../../src/sources/http.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { isPrivateAddress } from '../../src/sources/address.js';

// Two servers: the feed the operator listed, and another local service its links point at.
let feeds: FixtureServer;
let inside: FixtureServer;
const world = useWorlds();

const rss = (link: string): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Wire</title><item><title>Ferry timetable changes</title><link>${link}</link><guid>ferry-1</guid><pubDate>${new Date('2024-11-23T09:00:00Z').toUTCString()}</pubDate><description>The winter ferry timetable starts on 2 December.</description></item></channel></rss>`;
const page =
  '<html><head><title>Internal</title></head><body><article><p>Secret admin page text that must never be read by the bot.</p></article></body></html>';

beforeAll(async () => {
  [feeds, inside] = await Promise.all([FixtureServer.start(), FixtureServer.start()]);
  inside.set('/admin.html', { body: page });
  feeds
    .set('/wire.xml', { type: 'application/rss+xml', body: rss(inside.url('/admin.html')) })
    .set('/moved.xml', { status: 301, headers: { location: '/wire.xml' } })
    .set('/to-mapped', { status: 302, headers: { location: `http://[::ffff:7f00:1]:${feeds.port}/wire.xml` } })
    .set('/to-named', { status: 302, headers: { location: `http://sneaky.test:${feeds.port}/wire.xml` } });
});
afterAll(async () => {
  await Promise.all([feeds.close(), inside.close()]);
});

describe('sources.json: only the URL written in the file skips the private-address check', () => {
  it('reads the listed local feed, but not the local page its item links to', async () => {
    const w = await world({ allowPrivate: false });
    w.writeSources([{ url: feeds.url('/wire.xml'), name: 'Wire' }]);
    const [outcome] = await w.poller.tick();
    expect(outcome).toMatchObject({ status: 'ok' });
    expect(inside.requestsTo('/admin.html')).toHaveLength(0);
    const [stored] = await w.sourceArticles();
    expect(stored?.text).toBe('The winter ferry timetable starts on 2 December.');
    expect(w.logged('article page not read; keeping the feed summary')[0]?.error).toMatch(
      /127\.0\.0\.1 is a private or local address/,
    );
  });

  it('does not follow a redirect from the listed URL to a local address', async () => {
    const w = await world({ allowPrivate: false });
    w.writeSources([{ url: feeds.url('/moved.xml'), name: 'Moved' }]);
    const before = feeds.requestsTo('/wire.xml').length;
    const [outcome] = await w.poller.tick();
    expect(outcome?.error).toMatch(/127\.0\.0\.1 is a private or local address/);
    expect(feeds.requestsTo('/wire.xml').length).toBe(before);
  });

  it('with HERALD_SOURCES_ALLOW_PRIVATE=on, follows local links as before', async () => {
    const w = await world({ allowPrivate: true });
    w.writeSources([{ url: feeds.url('/wire.xml'), name: 'Wire' }]);
    await w.poller.tick();
    expect(inside.requestsTo('/admin.html').length).toBeGreaterThan(0);
  });
});

/** The loopback feed written as IPv6 addresses that carry 127.0.0.1 inside them, as a user could type them. */
const disguised = (port: number): string[] =>
  [
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[0:0:0:0:0:ffff:7f00:1]',
    '[0000:0000:0000:0000:0000:FFFF:7F00:0001]',
    '[::127.0.0.1]',
    '[64:ff9b::7f00:1]',
    '[2002:7f00:1::]',
  ].map((host) => `http://${host}:${port}/wire.xml`);

/** A resolver that answers from a table, counting its calls. */
function resolver(table: Record<string, string[]>) {
  const calls: string[] = [];
  const lookup = async (host: string) => {
    calls.push(host);
    return (table[host] ?? []).map((address) => ({
      address,
      family: address.includes(':') ? (6 as const) : (4 as const),
    }));
  };
  return { calls, lookup };
}

describe('the private-address check looks at the address connected to, not the URL text', () => {
  it('refuses /sources add of loopback written as an IPv4-mapped, -compatible, NAT64 or 6to4 IPv6 address', async () => {
    const w = await world({ allowPrivate: false });
    const before = feeds.requests.length;
    for (const url of [
      ...disguised(feeds.port),
      `http://[::ffff:a9fe:a9fe]:${feeds.port}/latest`,
      `http://[::ffff:a00:1]:${feeds.port}/`,
    ]) {
      const r = await w.bus.run('sources', { action: 'add', url }, manager);
      expect(r.kind, url).toBe('error');
      expect(replyText(r), url).toMatch(/is a private or local address/);
    }
    expect(await w.store.sources.listSources()).toEqual([]);
    expect(feeds.requests.length).toBe(before);
  });

  it('refuses to fetch them, and a redirect to them, with the check on', async () => {
    const before = feeds.requestsTo('/wire.xml').length;
    for (const url of disguised(feeds.port))
      await expect(fetchLimited(url, fetchLimits()), url).rejects.toMatchObject({ code: 'private-address' });
    // The listed URL is trusted; where it redirects is not.
    const trusted = fetchLimits({ trustedUrl: feeds.url('/to-mapped') });
    await expect(fetchLimited(feeds.url('/to-mapped'), trusted)).rejects.toMatchObject({ code: 'private-address' });
    expect(feeds.requestsTo('/wire.xml').length).toBe(before);
  });

  it('refuses a host name that resolves to a private address, among others or disguised', async () => {
    const { lookup } = resolver({
      'sneaky.test': ['::ffff:7f00:1'],
      'mixed.test': ['93.184.216.34', '10.0.0.7'],
      'metadata.test': ['0:0:0:0:0:ffff:a9fe:a9fe'],
      'empty.test': [],
    });
    for (const host of ['sneaky.test', 'mixed.test', 'metadata.test', 'empty.test']) {
      await expect(
        fetchLimited(`http://${host}:${feeds.port}/wire.xml`, fetchLimits({ lookup })),
        host,
      ).rejects.toMatchObject({ code: 'private-address' });
    }
    const trusted = fetchLimits({ lookup, trustedUrl: feeds.url('/to-named') });
    await expect(fetchLimited(feeds.url('/to-named'), trusted)).rejects.toMatchObject({ code: 'private-address' });
  });

  it('connects to the address it resolved and checked, without asking DNS a second time', async () => {
    // The first answer is the fixture server; any later one would be somewhere else.
    let answers = 0;
    const calls: string[] = [];
    const lookup = async (host: string) => {
      calls.push(host);
      return [{ address: answers++ === 0 ? '127.0.0.1' : '127.0.0.99', family: 4 as const }];
    };
    const res = await fetchLimited(
      `http://wire.test:${feeds.port}/wire.xml`,
      fetchLimits({ lookup, allowPrivate: true }),
    );
    expect(res).toMatchObject({ status: 200, finalUrl: `http://wire.test:${feeds.port}/wire.xml` });
    expect(calls).toEqual(['wire.test']);
    expect(feeds.requestsTo('/wire.xml').at(-1)?.headers.host).toBe(`wire.test:${feeds.port}`);
  });

  it('knows every spelling of private IPv4 and IPv6 addresses, and lets public ones through', () => {
    const blocked = [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '198.18.0.1',
      '192.0.2.5',
      '203.0.113.9',
      '::',
      '::1',
      '0:0:0:0:0:0:0:1',
      'fd00::1',
      'fc00::1',
      'fe80::1',
      'fe80::1%eth0',
      'febf::1',
      'fec0::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:a00:1',
      '::FFFF:7F00:1',
      '::ffff:a9fe:a9fe',
      '::7f00:1',
      '::ffff:0:7f00:1',
      '64:ff9b::a9fe:a9fe',
      '64:ff9b::10.0.0.1',
      '64:ff9b:1::8.8.8.8',
      '2002:a9fe:a9fe::1',
      '2002:c0a8:101::',
      '2001:db8::1',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2',
      '100::1',
      '[::ffff:7f00:1]',
      'localhost',
      'not an address',
    ];
    const open = [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '2606:4700::1111',
      '2a00:1450:4001:82b::200e',
      '::ffff:8.8.8.8',
      '::ffff:808:808',
      '64:ff9b::808:808',
      '2002:808:808::1',
    ];
    expect(blocked.filter((ip) => !isPrivateAddress(ip))).toEqual([]);
    expect(open.filter((ip) => isPrivateAddress(ip))).toEqual([]);
  });
});
