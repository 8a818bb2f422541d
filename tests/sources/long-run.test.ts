import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './server.js';
import { useWorlds } from './support.js';

// A feed followed for months: what Herald remembers of the items it met must not grow for ever.

let server: FixtureServer;
const world = useWorlds();
beforeAll(async () => {
  server = await FixtureServer.start();
});
afterAll(() => server.close());

const DAY = 86_400_000;
const dayOf = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * DAY);
const item = (guid: string, n: number, words: string) =>
  `<item><title>${words} ${guid}</title><link>${server.url(`/news/${guid}`)}</link><guid isPermaLink="false">${guid}</guid>` +
  `<pubDate>${dayOf(n).toUTCString()}</pubDate><description>${words} ${guid}: the council met on Monday and voted on the plan.</description></item>`;
/** The newest five of one story a day, a pinned notice always on top, and, on some days, an item that comes and goes. */
function feed(day: number): string {
  const items = [item('pinned', 0, 'Subscribe to our newsletter')];
  for (let n = day; n > day - 5 && n >= 0; n--) items.push(item(`s${n}`, n, 'Harbour story'));
  if (day % 40 < 10) items.push(item('returning', 0, 'Annual ferry timetable'));
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

describe('a feed followed for months', () => {
  it('forgets items no feed has listed for 90 days, and never takes one it still lists (or lists again) for new', async () => {
    const w = await world({ now: dayOf(0).toISOString() });
    server.set('/feed.xml', { type: 'application/rss+xml', body: feed(0) });
    const source = await w.manager.add(server.url('/feed.xml'), 'test', 'u1');
    await w.poller.pollNow(source.id);
    const added: string[] = [];
    const rows: number[] = [];
    for (let day = 1; day <= 200; day++) {
      w.clock.set(new Date(dayOf(day).getTime() + 9 * 3_600_000).toISOString());
      server.set('/feed.xml', { type: 'application/rss+xml', body: feed(day) });
      for (const outcome of await w.poller.tick()) added.push(...outcome.added);
      const n = await w.store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM source_seen');
      rows.push(Number(n?.n ?? 0));
    }
    // One new story a day, each once; the pinned notice and the item that comes back every 40 days never.
    expect(added).toHaveLength(200);
    expect(added.filter((id) => !/harbour-story-s\d+$/.test(id))).toEqual([]);
    // Three keys an item (guid, link, text): the items listed in the last 90 days, not all 200 ever met.
    // It grows until the first items have gone unlisted for 90 days, then stays flat (it grew by 3 a day).
    expect(new Set(rows.slice(100))).toEqual(new Set([rows[100]]));
    expect(Math.max(...rows)).toBeLessThanOrEqual(3 * (90 + 5 + 2));
  });
});
