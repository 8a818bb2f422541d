import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSourcesFile } from '../../src/sources/sources-file.js';
import { parseInterval } from '../../src/time/interval.js';
import { normalizeUrl, slug } from '../../src/sources/keys.js';
import { useWorlds } from './support.js';

const world = useWorlds();

// Nothing here is fetched: the sources are only due, never polled.
describe('digests/sources.json', () => {
  it('adds its sources with their names and intervals, follows edits, and removes the ones taken out', async () => {
    const w = await world();
    w.writeSources([
      { url: 'https://news.example/world.xml', name: 'World desk', every: '1 hour' },
      { url: 'https://blog.example/atom.xml', every: 30 },
      { url: 'https://www.example.org/story.html' },
    ]);
    await w.poller.syncFile();
    // Listed by when they were added (here: the same moment), then by id.
    expect((await w.store.sources.listSources()).map((s) => [s.id, s.name, s.everyMinutes, s.origin])).toEqual([
      ['blog-example', null, 30, 'file'],
      ['example-org', null, 15, 'file'],
      ['world-desk', 'World desk', 60, 'file'],
    ]);
    w.writeSources({ sources: [{ url: 'https://news.example/world.xml', name: 'World', every: '2h' }] });
    await w.poller.syncFile();
    expect((await w.store.sources.listSources()).map((s) => [s.id, s.name, s.everyMinutes])).toEqual([
      ['world-desk', 'World', 120],
    ]);
  });

  it('rejects a bad file with every problem named by entry, and keeps the sources it had', async () => {
    const w = await world();
    w.writeSources([{ url: 'https://news.example/world.xml' }]);
    await w.poller.syncFile();
    w.writeSources([
      { url: 'https://news.example/world.xml' },
      { name: 'No URL' },
      { url: 'ftp://files.example/feed' },
      { url: 'https://a.example/feed', evry: '5m' },
      { url: 'https://b.example/feed', every: 'soon' },
      { url: 'https://news.example/world.xml#again' },
    ]);
    await w.poller.syncFile();
    const [entry] = w.logged('sources file not used; the sources already known are kept');
    expect(entry).toMatchObject({ level: 'error', file: w.sourcesFile });
    expect(entry?.problems).toEqual([
      'entry 2: "url" is required: the feed or article URL',
      'entry 3 (ftp://files.example/feed): "url" must be an http(s) URL',
      'entry 4 (https://a.example/feed): unknown field "evry" (fields: url, name, every)',
      'entry 5 (https://b.example/feed): "every" must be an interval such as "15 minutes", "1 hour" or a number of minutes (1 minute to 7 days)',
      'entry 6 (https://news.example/world.xml#again): the same URL as entry 1',
    ]);
    expect((await w.store.sources.listSources()).map((s) => s.url)).toEqual(['https://news.example/world.xml']);
    w.writeSources('{ "sources": [ ');
    expect(() => loadSourcesFile(w.sourcesFile)).toThrow(/sources\.json: is not valid JSON/);
    expect(loadSourcesFile(join(w.root, 'none.json'))).toEqual([]);
  });

  it('parses intervals, normalizes URLs for dedupe, and makes readable slugs', () => {
    expect(['15 minutes', '15m', '1 hour', '2h', '1 day', 45, '90'].map((v) => parseInterval(v))).toEqual([
      15, 15, 60, 120, 1440, 45, 90,
    ]);
    expect(['soon', 0, '8 days', 1.5].map((v) => parseInterval(v))).toEqual([null, null, null, null]);
    expect(normalizeUrl('https://News.example/a/b?id=3&utm_source=rss&fbclid=x#comments')).toBe(
      'news.example/a/b?id=3',
    );
    expect(normalizeUrl('http://news.example/a/b?id=3')).toBe('news.example/a/b?id=3');
    expect(slug('Zelenskyy: “We won’t give up Kursk” — and the café stays open')).toBe(
      'zelenskyy-we-wont-give-up-kursk-and-the-cafe-stays',
    );
    expect(slug('Зеленський: ми не віддамо Курськ')).toBe('зеленський-ми-не-віддамо-курськ');
  });
});
