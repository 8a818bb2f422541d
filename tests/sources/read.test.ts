import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import type { Article } from '../../src/article/types.js';
import { readSource, withFullText } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import type { SourceItem, SourceRead } from '../../src/sources/types.js';
import { FixtureServer } from './server.js';

let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: server.fixture('rss.xml') })
    .set('/atom.xml', { type: 'application/atom+xml', body: server.fixture('atom.xml') })
    .set('/articles/wind-farm.html', { body: server.fixture('wind-farm.html') })
    .set('/articles/tram.html', { type: 'text/html; charset=utf-8', body: server.fixture('tram.html') })
    // No charset in the header: the page's <meta charset="windows-1252"> decides.
    .set('/articles/council-budget.html', { type: 'text/html', body: server.bytes('council-budget.html') });
});
afterAll(() => server.close());

async function read(path: string): Promise<SourceRead> {
  const r = await readSource(server.url(path), limits);
  if ('notModified' in r) throw new Error('unexpected 304');
  return r;
}

const asArticle = (item: SourceItem, id: string): Article => ({
  id,
  title: item.title,
  date: item.date,
  source: null,
  url: item.url,
  text: item.text,
  keyDate: null,
});
const quotesOf = (item: SourceItem) => buildDigest(asArticle(item, 'x')).quotes.map((q) => [q.speaker, q.text]);
const datesOf = (item: SourceItem) => buildDigest(asArticle(item, 'x')).dates.map((d) => d.date);

describe('reading feeds and pages', () => {
  it('reads an RSS 2.0 feed newest first, and fetches the page of an item that carries only a summary', async () => {
    const feed = await read('/rss.xml');
    expect(feed).toMatchObject({ kind: 'feed', title: 'Riverside Courier', total: 3 });
    expect(feed.items.map((i) => [i.guid, i.date])).toEqual([
      ['courier-1003', '2024-11-22'],
      ['courier-1002', '2024-11-20'],
      ['courier-1001', '2024-11-18'],
    ]);
    const [wind, bridge, parking] = await withFullText(feed.items, limits);
    // The bridge item's content:encoded is the article; the caption inside it is left out.
    expect(bridge?.text).toMatch(/^The Riverside harbour bridge will close/);
    expect(bridge?.text).not.toContain('Photo: Courier');
    // The quote interrupted by its attribution is one quote.
    expect(quotesOf(bridge as SourceItem)).toEqual([
      [
        'Maria Keller',
        expect.stringMatching(/^The bridge has carried twice the traffic .* We cannot put this off any longer\.$/),
      ],
      ['Tomas Berg', 'Half of my customers come over that bridge'],
    ]);
    expect(datesOf(bridge as SourceItem)).toEqual(expect.arrayContaining(['2025-01-06', '2025-03-31', '2024-12-02']));
    // The wind farm item had a one-line summary: its page was read, without the clutter around the story.
    expect(wind?.text).toMatch(/^The government has approved a 40-turbine wind farm/);
    expect(wind?.text).toContain('must publish a plan to protect seabird colonies by 15 January');
    for (const clutter of [
      'Advertisement',
      'Related stories',
      'cookies',
      'All rights reserved',
      'morning briefing',
      'Sport',
    ])
      expect(wind?.text).not.toContain(clutter);
    expect(quotesOf(wind as SourceItem).map(([s]) => s)).toEqual(['Ana Duarte', 'Piet Jansen']);
    expect(datesOf(wind as SourceItem)).toEqual(expect.arrayContaining(['2025-03-01', '2025-01-15']));
    // The parking item's page is missing (404): its summary stays.
    expect(parking?.text).toBe(
      'Residents have until 15 December to comment on plans to raise parking charges in the old town, the council said.',
    );
  });

  it('reads an Atom feed: dates from published (else updated), HTML content as paragraphs', async () => {
    const feed = await read('/atom.xml');
    expect(feed.title).toBe('Northern City Hall');
    expect(feed.items.map((i) => [i.title, i.date])).toEqual([
      ['Tram line 4 to reach the new hospital', '2024-11-21'],
      ['Central library to open on Sundays', '2024-11-18'],
    ]);
    const [tram, library] = await withFullText(feed.items, limits);
    expect(library?.text.split('\n\n')).toHaveLength(4);
    expect(quotesOf(library as SourceItem).map(([s]) => s)).toEqual(['Lena Hoffmann', 'Erik Lund']);
    expect(datesOf(library as SourceItem)).toEqual(expect.arrayContaining(['2025-01-05', '2024-12-10']));
    expect(tram?.text).toContain('Work starts on 3 February');
    expect(tram?.text).not.toMatch(/Sponsored|More news|Accessibility/);
    expect(quotesOf(tram as SourceItem)).toEqual([
      ['Jonas Weber', 'Patients and staff will be able to reach the hospital without changing trams'],
    ]);
  });

  it('reads an article page: its date from metadata (article:published_time, JSON-LD, <time>), its charset from <meta>', async () => {
    const budget = await read('/articles/council-budget.html');
    expect(budget).toMatchObject({ kind: 'page', title: 'Valley Times', total: 1 });
    const [item] = budget.items;
    // Taken as written in the page's own offset: 07:15 on the 23rd at +02:00 is still the 23rd there.
    expect(item).toMatchObject({
      date: '2024-11-23',
      title: 'Council agrees budget with cuts to road repairs',
      url: server.url('/articles/council-budget.html'),
    });
    expect(quotesOf(item as SourceItem)).toEqual([
      ['Hanna Olsen', 'We had to choose between schools and roads, and we chose schools'],
      ['Marco Rossi', 'Every pothole we leave this winter will be a crater by the spring'],
    ]);
    expect(item?.text).not.toMatch(/ADVERTISEMENT|Read next|Log in/);
    expect((await read('/articles/wind-farm.html')).items[0]?.date).toBe('2024-11-22');
    expect((await read('/articles/tram.html')).items[0]?.date).toBe('2024-11-21');
  });
});
