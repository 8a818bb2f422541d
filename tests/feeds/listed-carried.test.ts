import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../sources/server.js';
import { managerIn as at, useWorlds, type SourcesWorld } from '../sources/support.js';
import { replyText } from '../support/reply-text.js';
import { addedId, serveItems } from './rss.js';

// An older item of a feed's first fetch is only listed, never posted, also when another community's
// feed stored it before: a channel whose cursor is still before that story's own place must not get it.

let server: FixtureServer;
const world = useWorlds();
beforeAll(async () => {
  server = await FixtureServer.start();
});
afterAll(() => server.close());

async function follow(w: SourcesWorld, community: string, name: string): Promise<string> {
  const id = addedId(
    replyText(await w.bus.runText(`sources add ${server.url(`/${name}.xml`)}`, at(community, 'admin'))),
  );
  await w.poller.pollNow(id);
  return id;
}

const titlesPosted = (w: SourcesWorld, channel: string) =>
  w.adapter.posts
    .filter((p) => p.channelId === channel && p.reply.kind === 'digest')
    .map((p) => p.reply.parts[0]?.title);

describe('an older item of a first fetch that another community’s feed stored already', () => {
  it('is listed for the new feed’s community but not posted to its channel, whose cursor was before the story', async () => {
    const w = await world();
    const quarry = { title: 'Quarry road reopens', link: '/wire/quarry' };
    const budget = { title: 'Council sets its budget', link: '/shared/budget' };
    const ferry = { title: 'Ferry timetable changes', link: '/local/ferry' };
    // B's channel subscribes and fires once; it does not fire again until after B adds its feed.
    await w.bus.runText('subscribe hourly reminders:off', at('B', 'b-all'));
    await w.scheduler.fire('test', 'b-all', 'scheduled');
    w.adapter.posts.length = 0;
    // A's feed has the budget story as news, after B's channel last fired.
    serveItems(server, 'wire', [quarry]);
    const wire = await follow(w, 'A', 'wire');
    serveItems(server, 'wire', [budget, quarry]);
    w.advance(16);
    await w.poller.pollNow(wire);
    // B's new feed lists it below its newest item: an older item of its first fetch.
    serveItems(server, 'local', [ferry, budget]);
    const local = await follow(w, 'B', 'local');
    for (let i = 0; i < 2; i++) await w.scheduler.fire('test', 'b-all', 'scheduled');
    expect(titlesPosted(w, 'b-all')).toEqual([ferry.title]);
    // Listed in B, and /status says why it was not posted.
    expect(replyText(await w.bus.runText('articles', at('B', 'b-all')))).toContain(budget.title);
    const [story] = await w.store.articles.matching('Council sets', 1);
    const why = replyText(await w.bus.runText(`status article:${story?.id}`, at('B', 'b-all')));
    expect(why).toContain(`an older item the source ${local} listed at its first fetch`);
    expect(why.replaceAll(local, '')).not.toContain(wire); // never another community’s feed
  });
});
