import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from './server.js';
import { useWorlds } from './support.js';

let server: FixtureServer;
const world = useWorlds();

beforeAll(async () => {
  server = await FixtureServer.start();
});
afterAll(() => server.close());

const RLO = '\u202E';
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe("a feed's title and its items' titles", () => {
  it('lose their bidirectional controls, so the source name a post is credited to reads forwards', async () => {
    const w = await world();
    const item = `<item><title>Ferry ${RLO}timetable changes</title><link>${server.url('/ferry/1')}</link><guid isPermaLink="false">ferry-1</guid><pubDate>${new Date('2024-11-12T09:00:00Z').toUTCString()}</pubDate><description><![CDATA[The ferry company said on Monday that its winter timetable starts on 2 December, with two fewer sailings a day.]]></description></item>`;
    server.set('/ferry.xml', {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Island ${RLO}Gazette</title><link>${server.origin}/</link>${item}</channel></rss>`,
    });
    const source = await w.manager.add(server.url('/ferry.xml'), 'test', 'u1');
    await w.poller.pollNow(source.id);
    const [stored] = await w.sourceArticles();
    expect(stored?.sourceName).toBe('Island Gazette');
    expect(stored?.title).toBe('Ferry timetable changes');
    expect((await w.store.sources.getSource(source.id))?.name ?? '').not.toMatch(BIDI);
  });
});
