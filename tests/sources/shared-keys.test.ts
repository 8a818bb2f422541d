import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './server.js';
import { useWorlds } from './support.js';

// Feeds that give every item the same guid (the site's address) or the same link (a press office's
// landing page): such a key names no one item, so it must not make the next item look known.
let server: FixtureServer;
const world = useWorlds();

beforeAll(async () => {
  server = await FixtureServer.start();
});
afterAll(() => server.close());

const item = (title: string, guid: string, link: string, day: number) =>
  `<item><title>${title}</title><link>${server.url(link)}</link><guid isPermaLink="false">${guid}</guid><pubDate>${new Date(Date.UTC(2024, 10, day, 10)).toUTCString()}</pubDate><description>${title}: the harbour authority said in a statement that the work starts on 2 December. ${'Boats will use the southern basin meanwhile. '.repeat(14)}</description></item>`;
const rss = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Office</title><link>${server.origin}/</link>${items.join('')}</channel></rss>`;

async function twoFetches(path: string, first: string[], second: string[]): Promise<string[]> {
  const w = await world();
  server.set(path, { type: 'application/rss+xml', body: rss(first) });
  const source = await w.manager.add(server.url(path), 'test', 'u1');
  await w.poller.pollNow(source.id);
  server.set(path, { type: 'application/rss+xml', body: rss(second) });
  w.advance(20);
  await w.poller.pollNow(source.id);
  return (await w.sourceArticles()).map((a) => a.title ?? '').sort();
}

describe('keys that several items of one feed share', () => {
  it('takes new items of a feed that gives every item the same guid', async () => {
    const one = item('Quay closes', 'https://port.example/', '/news/1', 20);
    const titles = await twoFetches(
      '/same-guid.xml',
      [one],
      [
        item('Ferry fares rise', 'https://port.example/', '/news/2', 22),
        item('Museum roof', 'https://port.example/', '/news/3', 21),
        one,
      ],
    );
    expect(titles).toEqual(['Ferry fares rise', 'Museum roof', 'Quay closes']);
  });

  it('takes new items of a feed that links every item to the same page', async () => {
    const one = item('Quay closes', 'pr-1', '/press', 20);
    const titles = await twoFetches('/same-link.xml', [one], [item('Ferry fares rise', 'pr-2', '/press', 22), one]);
    expect(titles).toEqual(['Ferry fares rise', 'Quay closes']);
  });

  it('still takes an item listed twice (same guid, same link) once', async () => {
    const one = item('Quay closes', 'q-1', '/news/1', 20);
    const twice = item('Ferry fares rise', 'f-1', '/news/2', 22);
    const titles = await twoFetches('/repeated.xml', [one], [twice, twice, one]);
    expect(titles).toEqual(['Ferry fares rise', 'Quay closes']);
  });
});
