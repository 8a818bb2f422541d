import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { validateSpecs } from '../../src/commands/validate.js';
import type { Reply } from '../../src/chat/reply.js';
import { FixtureServer } from './server.js';
import { replyText } from '../support/reply-text.js';
import { manager, member, useWorlds } from './support.js';

let server: FixtureServer;
const world = useWorlds();
const text = (r: Reply): string => replyText(r);

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/rss.xml', { type: 'application/rss+xml', body: server.fixture('rss.xml') })
    .set('/articles/wind-farm.html', { body: server.fixture('wind-farm.html') })
    .set('/down.xml', { status: 500 })
    .set('/logo.png', { type: 'image/png', body: 'PNG' });
});
afterAll(() => server.close());

describe('/sources', () => {
  it('is declared within both platforms’ limits and listed in help for channel managers', async () => {
    expect(validateSpecs(COMMANDS)).toEqual([]);
    const spec = COMMANDS.find((c) => c.name === 'sources');
    expect(spec).toMatchObject({ manage: true, visibility: 'private' });
    expect(spec?.options.map((o) => o.name)).toEqual(['action', 'url', 'id']);
    const w = await world();
    expect(text(await w.bus.runText('help', member))).toContain('/sources [list | add URL | remove ID]');
  });

  it('refuses people who cannot manage the channel, for every action, and changes nothing', async () => {
    const w = await world();
    for (const typed of ['sources', `sources add ${server.url('/rss.xml')}`, 'sources remove anything']) {
      const r = await w.bus.runText(typed, member);
      expect(r, typed).toMatchObject({ kind: 'error', visibility: 'private' });
      expect(text(r)).toMatch(/Only people who can manage this channel can use \/sources/);
    }
    expect(await w.store.sources.listSources()).toEqual([]);
  });

  it('adds a feed, fetches it at once, lists it with its state, and removes it (its articles stay)', async () => {
    const w = await world();
    const added = await w.bus.runText(`/sources add ${server.url('/rss.xml')}`, manager);
    expect(added.kind).toBe('info');
    expect(text(added)).toMatch(/Following http:\/\/127\.0\.0\.1:\d+\/rss\.xml as 127-0-0-1, every 15 minutes/);
    // The answer waited for the first fetch, and says what it took.
    expect(text(added)).toMatch(/Its newest item is now an article \(2024-11-2\d-[a-z0-9-]+\); later items follow/);
    await w.poller.pollNow('127-0-0-1');
    const list = await w.bus.runText('sources list', manager);
    expect(list.parts[0]?.title).toBe('News sources (1)');
    expect(list.parts[0]?.bullets?.[0]).toMatch(
      /^127-0-0-1 · Riverside Courier · http:\/\/127\.0\.0\.1:\d+\/rss\.xml — every 15 minutes · added in chat · 1 article · last fetched 2024-11-24 12:00 UTC · next fetch 2024-11-24 12:15 UTC$/,
    );
    // The same feed again, written differently, is not added twice.
    const again = await w.bus.runText(`sources add ${server.url('/rss.xml#latest')}`, manager);
    expect(text(again)).toMatch(/already followed here as 127-0-0-1/);
    const removed = await w.bus.run('sources', { action: 'remove', id: '127-0-0-1' }, manager);
    expect(text(removed)).toMatch(/Stopped following 127-0-0-1/);
    expect(text(await w.bus.runText('sources', manager))).toMatch(/No news sources yet/);
    // Its article stays in the index, but this community, which no longer follows it, is not shown it.
    const wind = '2024-11-22-offshore-wind-farm-approved-after-two-year-review';
    expect((await w.library.list(50)).map((a) => a.id)).toContain(wind);
    expect(text(removed)).toContain('Its articles are no longer listed or shown here');
    expect(text(await w.bus.runText(`digest ${wind}`, manager))).toContain(`No article "${wind}"`);
  });

  it('says at once when a source’s first fetch fails, and shows its last error and next try', async () => {
    const w = await world();
    const added = await w.bus.run('sources', { action: 'add', url: server.url('/down.xml') }, manager);
    expect(text(added)).toMatch(
      /^Following \S+ as 127-0-0-1, every 15 minutes\. Its first fetch failed: HTTP 500 Internal Server Error\. Herald tries again later, waiting longer after each failure \(up to a day\); \/sources action:remove id:127-0-0-1 stops following it\.$/,
    );
    await w.poller.pollNow('127-0-0-1');
    w.advance(30);
    await w.poller.tick();
    const line = (await w.bus.runText('sources', manager)).parts[0]?.bullets?.[0];
    expect(line).toContain(
      '⚠ last error: HTTP 500 Internal Server Error (2 failures in a row) · next try 2024-11-24 13:30 UTC',
    );
  });

  it('does not add a URL that is not there (404) or not a feed or page: a typo is not kept as a failing source', async () => {
    const w = await world();
    const typo = await w.bus.run('sources', { action: 'add', url: server.url('/rss.xlm') }, manager);
    expect(typo).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(text(typo)).toMatch(
      /^Not added: http:\/\/127\.0\.0\.1:\d+\/rss\.xlm cannot be read \(HTTP 404 Not Found: nothing at this URL; check it, or find the feed linked from the site\)\./,
    );
    const image = await w.bus.run('sources', { action: 'add', url: server.url('/logo.png') }, manager);
    expect(text(image)).toMatch(
      /^Not added: \S+ cannot be read \(not a feed or a web page \(content type image\/png\)\)\./,
    );
    // Nor through /subscribe source:URL, which would otherwise subscribe the channel to it.
    const sub = await w.bus.run('subscribe', { schedule: 'daily 08:00', source: server.url('/gone.xml') }, manager);
    expect(text(sub)).toMatch(/^Not added: \S+\/gone\.xml cannot be read \(HTTP 404 Not Found/);
    expect(text(await w.bus.runText('status', manager))).toMatch(/This channel has no subscription/);
    expect(text(await w.bus.runText('sources', manager))).toMatch(/No news sources yet/);
    // The right URL is then added as usual.
    const fixed = await w.bus.run('sources', { action: 'add', url: server.url('/rss.xml') }, manager);
    expect(text(fixed)).toMatch(/^Following \S+ as 127-0-0-1, every 15 minutes\. Its newest item is now an article/);
    // A second source on the same host is named by its path, not numbered.
    const page = await w.bus.run('sources', { action: 'add', url: server.url('/articles/wind-farm.html') }, manager);
    expect(text(page)).toMatch(/^Following \S+ as 127-0-0-1-articles-wind-farm, every 15 minutes/);
  });

  it('explains bad input: no URL, not a URL, another scheme, an unknown id, a sources.json source, a bad action', async () => {
    const w = await world();
    w.writeSources([{ url: server.url('/rss.xml'), name: 'Courier' }]);
    await w.poller.syncFile();
    const cases: Array<[string, RegExp]> = [
      ['sources add', /add needs the URL of a feed or article/],
      ['sources add not-a-url', /"not-a-url" is not a URL/],
      ['sources remove nope', /^No source "nope" here\. \/sources list lists them\./],
      ['sources remove courier', /courier is set in sources\.json for this whole Herald; it can only be removed there/],
      ['sources delete courier', /action: must be add, remove or list/],
    ];
    for (const [typed, want] of cases) {
      const r = await w.bus.runText(typed, manager);
      expect(r.kind, typed).toBe('error');
      expect(text(r), typed).toMatch(want);
    }
    // Typed, "ftp:" reads as an option name; given as an option (Discord), the URL itself is refused.
    expect(text(await w.bus.run('sources', { action: 'add', url: 'ftp://example.com/feed' }, manager))).toMatch(
      /ftp: URLs are not fetched/,
    );
    expect((await w.store.sources.listSources()).map((s) => s.id)).toEqual(['courier']);
  });
});
