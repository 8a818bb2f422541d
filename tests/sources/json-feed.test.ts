import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import type { SourceRead } from '../../src/sources/types.js';
import { FixtureServer } from './server.js';
import { useWorlds } from './support.js';

let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Valley Gazette',
  home_page_url: 'https://gazette.example/',
  items: [
    {
      id: 'gz-101',
      url: '/2025/03/ferry',
      title: 'Ferry fares frozen for a &lt;second&gt; year',
      content_html:
        '<p>The island ferry will keep its fares unchanged until April 2026, the operator said on Friday.</p><p>Continue reading →</p>',
      date_published: '2025-03-14T23:30:00-05:00',
    },
    {
      id: 'gz-102',
      url: 'https://gazette.example/2025/03/library',
      title: 'Library opens on Sundays',
      content_text: 'The central library will open on Sundays from 6 April, the council said.',
      date_published: '2025-03-16T09:00:00Z',
    },
    { id: 103, title: 'Undated notice', summary: 'Roadworks on the coast road continue.' },
  ],
};

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/feed.json', { type: 'application/feed+json', body: JSON.stringify(feed) })
    // Served as plain text, as many static hosts do: the version field says what it is.
    .set('/plain.json', { type: 'text/plain', body: JSON.stringify(feed) })
    .set('/cut.json', { type: 'application/json', body: JSON.stringify(feed).slice(0, 200) })
    .set('/other.json', { type: 'application/json', body: '{"status":"ok","items":[]}' });
});
afterAll(() => server.close());

async function read(path: string): Promise<SourceRead> {
  const r = await readSource(server.url(path), limits);
  if ('notModified' in r) throw new Error('unexpected 304');
  return r;
}

describe('a JSON Feed source', () => {
  it('is read as a feed: newest first, days as written, links resolved, furniture left out', async () => {
    for (const path of ['/feed.json', '/plain.json']) {
      const r = await read(path);
      expect(r).toMatchObject({ kind: 'feed', title: 'Valley Gazette', total: 3 });
      expect(r.items.map((i) => [i.guid, i.date, i.title])).toEqual([
        ['gz-102', '2025-03-16', 'Library opens on Sundays'],
        ['gz-101', '2025-03-14', 'Ferry fares frozen for a <second> year'],
        ['103', null, 'Undated notice'],
      ]);
      expect(r.items[1]?.url).toBe(server.url('/2025/03/ferry'));
      expect(r.items[1]?.text).toBe(
        'The island ferry will keep its fares unchanged until April 2026, the operator said on Friday.',
      );
      expect(r.items[2]?.text).toBe('Roadworks on the coast road continue.');
    }
  });

  it('says what is wrong with a cut-off JSON Feed, and does not take other JSON for one', async () => {
    await expect(read('/cut.json')).rejects.toThrow(/^not a readable JSON Feed \(the JSON is malformed or cut off\)$/);
    await expect(read('/other.json')).rejects.toThrow(/neither a feed nor a web page/);
  });
});

describe('a JSON Feed whose ids are not strings', () => {
  const world = useWorlds();
  const one = (title: string, text: string, date: string) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Parish Notes',
      // Each item's id an object, as a broken generator writes it: no id at all.
      items: [{ id: { slug: title }, title, content_text: text, date_published: date }],
    });

  it('stores each new item: an id that is no string or number names no item', async () => {
    const w = await world();
    server.set('/odd-ids.json', {
      type: 'application/feed+json',
      body: one(
        'Hall roof appeal',
        'The parish hall needs a new roof before winter, the council said.',
        '2024-11-24T09:00:00Z',
      ),
    });
    w.writeSources([{ url: server.url('/odd-ids.json'), name: 'Parish' }]);
    await w.poller.tick();
    server.set('/odd-ids.json', {
      type: 'application/feed+json',
      body: one(
        'Carol service moved',
        'The carol service moves to the school on 20 December this year.',
        '2024-11-24T13:00:00Z',
      ),
    });
    w.advance(30);
    await w.poller.tick();
    // Before, both items had the guid "[object Object]": the second was taken as seen and never stored.
    expect((await w.sourceArticles()).map((a) => [a.title, a.guid])).toEqual([
      ['Carol service moved', null],
      ['Hall roof appeal', null],
    ]);
  });
});
