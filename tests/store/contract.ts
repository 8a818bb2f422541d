import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { NEVER_FETCHED, type Store } from '../../src/store/types.js';
import { sourceIdBases } from '../../src/sources/keys.js';
import { subscription } from '../support/subscription.js';

/** How a store implementation is opened for the contract: `fresh` a new empty database, `again` a second handle on the last one. */
export interface StoreFactory {
  fresh(): Promise<Store>;
  again(): Promise<Store>;
}

export const sub = subscription;

const article = (id: string, over: Partial<Article> = {}): Article => ({
  id,
  title: null,
  date: '2024-11-24',
  source: null,
  url: null,
  text: `The text of ${id}. It has two sentences.`,
  keyDate: null,
  ...over,
});

// Two stories of a day each, in sentences of their own, long enough to be told apart by their text.
const PIER =
  'The old pier opened again on Monday after two years of repairs to its timber deck. Anglers were back at the far end within an hour, and the café at the entrance served its first customers by noon. The council said the lamps along the rail will be replaced next spring.';
const MARKET =
  'The night market will move from the bus station to the riverside square from April. Traders said the new site has more room for stalls and better lighting after dark. A trial evening on 12 March drew twice the usual crowd, the organisers said.';
const key = (articleId: string, channelId = 'c1', platform = 'discord') => ({ platform, channelId, articleId });
/** A source added in chat as `id`, fetched once already (fetchedOnce: its items are news). */
export const chatSource = (id: string) => ({
  ...NEVER_FETCHED,
  fetchedOnce: true,
  url: `https://${id}.example/feed`,
  name: id,
  everyMinutes: 15,
  origin: 'chat' as const,
  addedBy: 'U1',
  addedAt: 't',
});
const claim = (
  articleId: string,
  holder: string,
  at = '2024-11-24T10:00:00.000Z',
  leaseUntil = '2024-11-24T10:00:30.000Z',
  channelId = 'c1',
) => ({
  ...key(articleId, channelId),
  at,
  holder,
  leaseUntil,
});

/**
 * The store contract: what the scheduler, the commands and the poller rely on, written once and run
 * unchanged against every implementation (SQLite on a real file, PostgreSQL on a real server).
 */
export function storeContract(name: string, factory: () => StoreFactory | null): void {
  const maybe = (title: string, fn: (f: StoreFactory) => Promise<void>) =>
    it(title, async () => {
      const f = factory();
      if (f) await fn(f);
    });

  describe(`${name} store contract`, () => {
    maybe(
      'keeps subscriptions; subscribing again replaces the schedule, clears a pause and keeps the cursor',
      async (f) => {
        const s = await f.fresh();
        expect(await s.upsertSubscription(sub('c1', { cursor: 7 }))).toBe(true);
        await s.setPaused('discord', 'c1', 'Missing Access');
        await s.advanceCursor('discord', 'c1', 9);
        await s.advanceCursor('discord', 'c1', 4); // never back
        expect(await s.upsertSubscription(sub('c1', { cron: '0 * * * *', schedule: 'hourly', cursor: 0 }))).toBe(false);
        expect(await s.getSubscription('discord', 'c1')).toMatchObject({
          schedule: 'hourly',
          pausedReason: null,
          cursor: 9,
        });
        await s.restart('discord', 'c1', 3, 'a1', '2024-06-01T00:00:00.000Z');
        expect(await s.getSubscription('discord', 'c1')).toMatchObject({
          cursor: 3,
          firstArticle: 'a1',
          createdAt: '2024-06-01T00:00:00.000Z',
        });
        await s.clearFirstArticle('discord', 'c1');
        expect((await s.getSubscription('discord', 'c1'))?.firstArticle).toBeNull();
        expect(await s.listSubscriptions()).toHaveLength(1);
        expect(await s.removeSubscription('discord', 'c1')).toBe(true);
        expect(await s.removeSubscription('discord', 'c1')).toBe(false);
        await s.close();
      },
    );

    maybe(
      'lets only one holder claim a delivery, even through two connections; only the holder marks it sent',
      async (f) => {
        const a = await f.fresh();
        const b = await f.again();
        expect(await a.claimDelivery(claim('art', 'A'))).toMatchObject({ attempts: 1, suspect: false, partsSent: 0 });
        expect(await b.claimDelivery(claim('art', 'B'))).toBeNull();
        expect(await b.markSent(key('art'), 'B', 't2', 'm-b')).toBe(false);
        expect(await a.markSent(key('art'), 'A', 't2', 'm1')).toBe(true);
        expect(await b.claimDelivery(claim('art', 'B', '2099-01-01T00:00:00.000Z'))).toBeNull(); // sent stays sent
        expect(await b.getDelivery('discord', 'c1', 'art')).toMatchObject({
          status: 'sent',
          messageId: 'm1',
          attempts: 1,
        });
        expect(await a.claimDelivery(claim('art', 'A', undefined, undefined, 'c2'))).not.toBeNull(); // another channel is another delivery
        await a.close();
        await b.close();
      },
    );

    maybe('gives a failed post back for retry, counting attempts and keeping the parts already posted', async (f) => {
      const s = await f.fresh();
      await s.claimDelivery(claim('art', 'A'));
      await s.recordParts(key('art'), 'A', 1, 'first-id');
      await s.releaseDelivery(key('art'), 'A', 'HTTP 503');
      expect((await s.statesAmong('discord', 'c1', ['art', 'other'])).get('art')).toBe('failed');
      expect(await s.claimDelivery(claim('art', 'B'))).toMatchObject({
        attempts: 2,
        partsSent: 1,
        messageId: 'first-id',
        suspect: false,
      });
      expect(await s.getDelivery('discord', 'c1', 'art')).toMatchObject({
        status: 'claimed',
        claimedBy: 'B',
        lastError: 'HTTP 503',
      });
      await s.abandonDelivery(key('art'), 'B', 'Discord 400: Invalid Form Body');
      expect(await s.claimDelivery(claim('art', 'C'))).toBeNull(); // given up for good
      expect((await s.statesAmong('discord', 'c1', ['art'])).get('art')).toBe('abandoned');
      await s.close();
    });

    maybe('takes over a claim whose lease ran out (as suspect), never one that is renewed', async (f) => {
      const s = await f.fresh();
      await s.claimDelivery(claim('art', 'A', '2024-11-24T10:00:00.000Z', '2024-11-24T10:00:30.000Z'));
      expect(await s.renewClaim(key('art'), 'A', '2024-11-24T10:01:00.000Z')).toBe(true);
      expect(await s.claimDelivery(claim('art', 'B', '2024-11-24T10:00:45.000Z'))).toBeNull(); // renewed: still A's
      expect(await s.claimDelivery(claim('art', 'B', '2024-11-24T10:01:05.000Z'))).toMatchObject({
        suspect: true,
        attempts: 2,
      });
      expect(await s.renewClaim(key('art'), 'A', '2024-11-24T10:02:00.000Z')).toBe(false); // A lost it
      expect(await s.markSent(key('art'), 'A', 't', 'm')).toBe(false);
      expect(await s.markSent(key('art'), 'B', 't', 'm')).toBe(true);
      await s.close();
    });

    maybe('finds claims left by a crash and hands them back as suspect', async (f) => {
      const s = await f.fresh();
      await s.claimDelivery(claim('old', 'A', '2024-11-24T10:00:00.000Z', '2024-11-24T10:00:30.000Z'));
      await s.claimDelivery(claim('live', 'A', '2024-11-24T10:00:00.000Z', '2024-11-24T10:05:00.000Z'));
      const at = '2024-11-24T10:01:00.000Z';
      expect((await s.staleClaims(at)).map((d) => d.articleId)).toEqual(['old']);
      expect(await s.releaseStaleClaims(at)).toBe(1);
      expect(await s.getDelivery('discord', 'c1', 'old')).toMatchObject({ status: 'failed', suspect: true });
      expect(await s.claimDelivery(claim('old', 'B', at))).toMatchObject({ suspect: true });
      expect(await s.releaseStaleClaims('9999-12-31')).toBe(2); // an exclusive process at start: every claim is its own
      await s.close();
    });

    maybe('indexes article files: added, unchanged, edited (same sequence number, new version), removed', async (f) => {
      const s = await f.fresh();
      expect(await s.articles.upsertFile('a.txt', '1:10', article('a'), 't1')).toBe('added');
      expect(await s.articles.upsertFile('b.txt', '1:10', article('b', { date: null }), 't1')).toBe('added');
      expect(await s.articles.upsertFile('a.txt', '2:10', article('a'), 't2')).toBe('same');
      const before = await s.articles.get('a');
      expect(
        await s.articles.upsertFile('a.txt', '3:12', article('a', { text: 'An edited text. It changed.' }), 't3'),
      ).toBe('changed');
      const after = await s.articles.get('a');
      expect(after).toMatchObject({ seq: before?.seq, version: 2, text: 'An edited text. It changed.', kind: 'file' });
      expect(after?.hash).not.toBe(before?.hash);
      expect(await s.articles.upsertFile('a.md', '1:1', article('a'), 't4')).toEqual({ taken: 'the file a.txt' });
      expect(await s.articles.fileStamps()).toEqual(
        new Map([
          ['a.txt', '3:12'],
          ['b.txt', '1:10'],
        ]),
      );
      expect(await s.articles.count()).toBe(2);
      const bSeq = (await s.articles.meta('b'))?.seq;
      expect(await s.articles.removeFile('b.txt')).toBe(true);
      expect(await s.articles.get('b')).toBeNull();
      expect(await s.articles.count()).toBe(1);
      // The same text under another name takes the removed file's place; other text a new one.
      const bText = { date: null, text: 'The text of b. It has two sentences.' };
      expect(await s.articles.upsertFile('b2.txt', '1:10', article('b2', bText), 't5')).toBe('added');
      expect((await s.articles.meta('b2'))?.seq).toBe(bSeq);
      expect(
        await s.articles.upsertFile('c.txt', '1:10', article('c', { text: 'Other news. Quite other.' }), 't5'),
      ).toBe('added');
      expect((await s.articles.meta('c'))?.seq).toBeGreaterThan(after?.seq ?? 0);
      // Seen the other way round: the new name first, then the old one gone.
      expect(
        await s.articles.upsertFile('c2.txt', '1:10', article('c2', { text: 'Other news. Quite other.' }), 't6'),
      ).toBe('added');
      const cSeq = (await s.articles.meta('c'))?.seq;
      expect(await s.articles.removeFile('c.txt')).toBe(true);
      expect((await s.articles.meta('c2'))?.seq).toBe(cSeq);
      expect(await s.articles.count()).toBe(3);
      await s.close();
    });

    maybe(
      'a different story saved under a file name used before is a new article (the name’s next edition), once, through two connections; an edit is not',
      async (f) => {
        const s = await f.fresh();
        const b = await f.again();
        const story = (title: string, date: string, text: string) => article('today', { title, date, text });
        const pier = story('Pier reopens', '2025-03-03', PIER);
        const market = story('Night market moves', '2025-03-04', MARKET);
        expect(await s.articles.upsertFile('today.md', '1:1', pier, 't1')).toBe('added');
        const pierSeq = (await s.articles.meta('today'))?.seq ?? 0;
        // The next day's story written over the file, seen by two instances at once: added once.
        const both = await Promise.all([
          s.articles.upsertFile('today.md', '2:1', market, 't2'),
          b.articles.upsertFile('today.md', '2:1', market, 't2'),
        ]);
        expect(both).toContainEqual({ addedAs: 'today~2' });
        expect(both).toContain('same');
        expect(await s.articles.get('today')).toBeNull();
        const now = await b.articles.byName('today');
        expect(now).toMatchObject({ id: 'today~2', title: 'Night market moves', version: 1 });
        expect((await s.articles.after(pierSeq, 10)).map((a) => a.id)).toEqual(['today~2']);
        expect(await s.articles.count()).toBe(1);
        // A typo fixed and a sentence added: the same article, in the same place.
        const edited = { ...market, text: `${MARKET.replace('stalls', 'stands')} Parking stays free after six.` };
        expect(await s.articles.upsertFile('today.md', '3:1', edited, 't3')).toBe('changed');
        expect(await s.articles.byName('today')).toMatchObject({ id: 'today~2', seq: now?.seq, version: 2 });
        // No second file under the name while this one holds it.
        expect(await s.articles.upsertFile('today.txt', '1:1', pier, 't4')).toEqual({ taken: 'the file today.md' });
        // Removed, then put back: the id it had. Another story: the next edition, and the first story's
        // text, back, its first place, which the channels that had it have passed.
        expect(await s.articles.removeFile('today.md')).toBe(true);
        expect(await s.articles.upsertFile('today.md', '4:1', market, 't5')).toEqual({ addedAs: 'today~2' });
        const marketSeq = (await s.articles.meta('today~2'))?.seq;
        expect(await s.articles.removeFile('today.md')).toBe(true);
        expect(await b.articles.upsertFile('today.md', '5:1', pier, 't6')).toEqual({ addedAs: 'today~3' });
        expect((await s.articles.meta('today~3'))?.seq).toBe(pierSeq);
        // The story that left the file, saved under another name: a place already passed, not a new one.
        expect(await s.articles.upsertFile('market.md', '1:1', { ...market, id: 'market' }, 't7')).toBe('added');
        expect((await s.articles.meta('market'))?.seq).toBe(marketSeq);
        await s.close();
        await b.close();
      },
    );

    maybe(
      'answers the indexed queries: newest (undated last), by prefix of id, id without date, or title, after a sequence number',
      async (f) => {
        const s = await f.fresh();
        await s.articles.upsertFile(
          '2024-11-20-harbour.txt',
          's',
          article('2024-11-20-harbour', { date: '2024-11-20', title: 'Ferry terminal opens late' }),
          't',
        );
        await s.articles.upsertFile('undated.txt', 's', article('undated', { date: null }), 't');
        await s.articles.upsertFile(
          '2024-11-24-kyiv.txt',
          's',
          article('2024-11-24-kyiv', { title: 'Київ готується до зими' }),
          't',
        );
        await s.articles.upsertFile(
          '2024-11-22-cafe.txt',
          's',
          article('2024-11-22-cafe', { date: '2024-11-22', title: 'Café reopens' }),
          't',
        );
        expect((await s.articles.newest(10)).map((a) => a.id)).toEqual([
          '2024-11-24-kyiv',
          '2024-11-22-cafe',
          '2024-11-20-harbour',
          'undated',
        ]);
        expect((await s.articles.matching('2024-11-2', 10)).map((a) => a.id)).toEqual([
          '2024-11-24-kyiv',
          '2024-11-22-cafe',
          '2024-11-20-harbour',
        ]);
        expect((await s.articles.matching('harb', 10)).map((a) => a.id)).toEqual(['2024-11-20-harbour']);
        expect((await s.articles.matching('cafe re', 10)).map((a) => a.id)).toEqual(['2024-11-22-cafe']); // accents folded
        expect((await s.articles.matching('КИЇВ', 10)).map((a) => a.id)).toEqual(['2024-11-24-kyiv']);
        expect(await s.articles.matching('nothing', 10)).toEqual([]);
        const first = (await s.articles.after(0, 2)).map((a) => a.id);
        expect(first).toEqual(['2024-11-20-harbour', 'undated']);
        const seq = (await s.articles.meta('undated'))?.seq ?? 0;
        expect((await s.articles.after(seq, 10)).map((a) => a.id)).toEqual(['2024-11-24-kyiv', '2024-11-22-cafe']);
        expect(await s.articles.maxSeq()).toBe((await s.articles.meta('2024-11-22-cafe'))?.seq);
        const cafe = await s.articles.get('2024-11-22-cafe');
        await s.articles.setSummary('2024-11-22-cafe', cafe?.hash ?? '', 'Café reopens after a year', '2025-01-05');
        expect(await s.articles.meta('2024-11-22-cafe')).toMatchObject({
          headline: 'Café reopens after a year',
          keyDay: '2025-01-05',
        });
        await s.close();
      },
    );

    maybe(
      'coordinates instances: a fire is taken once, a gone instance’s fires are taken over, its claims and polls too',
      async (f) => {
        const a = await f.fresh();
        const b = await f.again();
        const fire = { platform: 'discord', channelId: 'c1', dueAt: '2024-11-24T08:00:00.000Z' };
        await a.coordination.beat('A', '2024-11-24T08:00:00.000Z');
        await b.coordination.beat('B', '2024-11-24T08:00:00.000Z');
        expect(await a.coordination.liveInstances('2024-11-24T07:59:50.000Z')).toBe(2);
        expect(await a.coordination.takeFire({ ...fire, holder: 'A' }, 't')).toBe(true);
        expect(await b.coordination.takeFire({ ...fire, holder: 'B' }, 't')).toBe(false);
        expect(await b.coordination.orphanFires('2024-11-24T07:59:50.000Z', 10)).toEqual([]); // A is alive
        await b.coordination.beat('B', '2024-11-24T08:01:00.000Z'); // A says nothing for a minute
        const [orphan] = await b.coordination.orphanFires('2024-11-24T08:00:30.000Z', 10);
        expect(orphan).toEqual({ ...fire, holder: 'A' });
        expect(await b.coordination.retakeFire(orphan!, 'B', 't2')).toBe(true);
        expect(await a.coordination.retakeFire(orphan!, 'A', 't2')).toBe(false);
        await b.coordination.finishFire({ ...fire, holder: 'B' }, '2024-11-24T08:01:05.000Z');
        expect(await b.coordination.orphanFires('9999-12-31', 10)).toEqual([]);
        await b.coordination.leave('B');
        expect(await a.coordination.liveInstances('2024-11-24T07:00:00.000Z')).toBe(1);
        expect(await a.coordination.pruneFires('2024-11-25T00:00:00.000Z')).toBe(1);
        // A signed request is run by one instance only, until its signature expires.
        expect(await a.coordination.firstSeen('slack:v0=abc', 301_000, 1_000)).toBe(true);
        expect(await b.coordination.firstSeen('slack:v0=abc', 301_000, 2_000)).toBe(false);
        expect(await b.coordination.firstSeen('discord:abc', 301_000, 2_000)).toBe(true);
        expect(await a.coordination.firstSeen('slack:v0=abc', 601_000, 301_000)).toBe(true);
        expect(await a.coordination.pruneSeen(400_000)).toBe(1);
        // Claims of a stopping instance are let go at once; lapsed ones are found by channel.
        await a.claimDelivery(claim('art', 'A', '2024-11-24T10:00:00.000Z', '2024-11-24T10:00:30.000Z'));
        expect(await b.channelsWithLapsedClaims('2024-11-24T10:00:10.000Z', 10)).toEqual([]);
        expect(await a.letGoOfClaims('A', '2024-11-24T10:00:05.000Z')).toBe(1);
        expect(await b.channelsWithLapsedClaims('2024-11-24T10:00:10.000Z', 10)).toEqual([
          { platform: 'discord', channelId: 'c1' },
        ]);
        // A due source is polled by one instance: the first to move its next fetch on.
        const base = NEVER_FETCHED;
        await a.sources.addSource(
          {
            ...base,
            url: 'https://example.org/feed',
            name: null,
            everyMinutes: 15,
            origin: 'chat',
            addedBy: 'U1',
            addedAt: 't',
          },
          'feed',
        );
        expect(await a.sources.claimPoll('feed', '2024-11-24T10:00:00.000Z', '2024-11-24T10:05:00.000Z')).toBe(true);
        expect(await b.sources.claimPoll('feed', '2024-11-24T10:00:00.000Z', '2024-11-24T10:05:00.000Z')).toBe(false);
        expect(await b.sources.claimPoll('feed', '2024-11-24T10:06:00.000Z', '2024-11-24T10:11:00.000Z')).toBe(true); // A died mid-poll
        await a.close();
        await b.close();
      },
    );

    maybe('stores source articles in the same index under free ids, each key once, and prunes them', async (f) => {
      const s = await f.fresh();
      await s.articles.upsertFile('2024-11-24-dam.txt', 's', article('2024-11-24-dam'), 't');
      const base = {
        etag: null,
        lastModified: null,
        fetchedOnce: false,
        lastFetchAt: null,
        lastOkAt: null,
        lastError: null,
        failures: 0,
        nextFetchAt: null,
      };
      const src = await s.sources.addSource(
        {
          ...base,
          url: 'https://example.org/feed',
          name: 'Desk',
          everyMinutes: 15,
          origin: 'chat',
          addedBy: 'U1',
          addedAt: 't',
        },
        'desk',
      );
      const again = await s.sources.addSource(
        {
          ...base,
          url: 'https://example.org/other',
          name: 'Desk',
          everyMinutes: 15,
          origin: 'chat',
          addedBy: 'U1',
          addedAt: 't',
        },
        'desk',
      );
      expect([src.id, again.id]).toEqual(['desk', 'desk-2']);
      // A second feed of one site is told apart by its path; a third with that path too gets a number.
      const feed = (url: string) => ({
        ...base,
        url,
        name: null,
        everyMinutes: 15,
        origin: 'chat' as const,
        addedBy: 'U1',
        addedAt: 't',
      });
      const siteIds: string[] = [];
      for (const url of ['https://ex.org/rss.xml', 'https://ex.org/sport/rss.xml', 'https://ex.org/sport/atom.xml'])
        siteIds.push((await s.sources.addSource(feed(url), sourceIdBases(null, url))).id);
      expect(siteIds).toEqual(['ex-org', 'ex-org-sport', 'ex-org-2']);
      const item = (guid: string, createdAt: string) => ({
        idBase: '2024-11-24-dam',
        keys: [`guid:desk:${guid}`, `hash:${guid}`],
        article: {
          sourceId: 'desk',
          sourceName: 'Desk',
          url: null,
          guid,
          title: 'Dam',
          date: '2024-11-24',
          text: `Dam story ${guid}.`,
          createdAt,
        },
      });
      const commit = {
        sourceId: 'desk',
        at: 't',
        etag: null,
        lastModified: null,
        nextFetchAt: 'n',
        name: null,
        seen: ['guid:desk:older'],
      };
      const ids = await s.sources.commitFetch({
        ...commit,
        articles: [item('g1', '2024-11-01T00:00:00Z'), item('g2', '2024-11-20T00:00:00Z')],
      });
      expect(ids).toHaveLength(2);
      expect(ids.every((id) => id.startsWith('2024-11-24-dam-'))).toBe(true); // the file keeps its id
      expect(await s.sources.commitFetch({ ...commit, articles: [item('g1', 't')] })).toEqual([]); // seen
      expect(await s.sources.seenKeys(['guid:desk:g1', 'guid:desk:older', 'guid:desk:new'])).toEqual(
        new Map([
          ['guid:desk:g1', { sourceId: 'desk', articleId: ids[0] }],
          ['guid:desk:older', { sourceId: 'desk', articleId: null }],
        ]),
      );
      expect(await s.articles.get(ids[0] ?? '')).toMatchObject({ kind: 'source', sourceId: 'desk', source: 'Desk' });
      expect(await s.sources.articleCounts()).toEqual(new Map([['desk', 2]]));
      expect(await s.articles.count()).toBe(3);
      // What a community sees: the files, and the items of the sources it sees.
      const dam = ['2024-11-24-dam', ...ids].sort();
      expect((await s.articles.newest(10, ['desk'])).map((a) => a.id).sort()).toEqual(dam);
      // In the same order as the whole index, files and each source's items merged, and cut at the limit.
      const newestIds = async (limit: number, sources?: string[]) =>
        (await s.articles.newest(limit, sources)).map((a) => a.id);
      expect(await newestIds(10, ['desk'])).toEqual(await newestIds(10));
      expect(await newestIds(2, ['desk-2', 'desk'])).toEqual(await newestIds(2));
      expect((await s.articles.newest(10, ['desk-2'])).map((a) => a.id)).toEqual(['2024-11-24-dam']);
      expect((await s.articles.newest(10, [])).map((a) => a.id)).toEqual(['2024-11-24-dam']);
      expect((await s.articles.matching('2024-11-24-dam', 10, ['desk', 'desk-2'])).map((a) => a.id).sort()).toEqual(
        dam,
      );
      expect((await s.articles.matching('dam', 10, ['desk-2'])).map((a) => a.id)).toEqual(['2024-11-24-dam']);
      expect([
        await s.articles.count(['desk']),
        await s.articles.count(['desk-2']),
        await s.articles.count([]),
      ]).toEqual([3, 1, 1]);
      expect(await s.sources.pruneArticles('2024-11-10T00:00:00Z')).toBe(1);
      expect(await s.sources.articleCounts()).toEqual(new Map([['desk', 1]]));
      expect(await s.articles.count()).toBe(2);
      expect(await s.sources.removeSource('desk')).toBe(true);
      expect(await s.sources.commitFetch({ ...commit, articles: [item('g9', 't')] })).toEqual([]); // removed while fetching
      await s.close();
    });

    maybe('gives a community its files and its sources’ items in the index’s order, not the others’', async (f) => {
      const s = await f.fresh();
      await s.articles.upsertFile('a.txt', 's', article('a', { date: '2024-11-22' }), 't');
      await s.articles.upsertFile('b.txt', 's', article('b', { date: '2024-11-25' }), 't');
      for (const [id, days] of [
        ['mine', ['2024-11-21', '2024-11-24', '2024-11-26']],
        ['theirs', ['2024-11-23', '2024-11-27']],
      ] as const) {
        await s.sources.addSource(chatSource(id), id);
        await s.sources.commitFetch({
          sourceId: id,
          at: 't',
          etag: null,
          lastModified: null,
          nextFetchAt: 'n',
          name: null,
          seen: [],
          articles: days.map((date) => ({
            idBase: `${date}-${id}`,
            keys: [`guid:${id}:${date}`],
            article: {
              sourceId: id,
              sourceName: id,
              url: null,
              guid: date,
              title: id,
              date,
              text: `${id} ${date}.`,
              createdAt: 't',
            },
          })),
        });
      }
      const all = (await s.articles.newest(20)).map((a) => a.id);
      const mine = all.filter((id) => !id.includes('theirs'));
      expect(all).toHaveLength(7);
      expect((await s.articles.newest(20, ['mine'])).map((a) => a.id)).toEqual(mine);
      expect((await s.articles.newest(3, ['mine'])).map((a) => a.id)).toEqual(mine.slice(0, 3));
      expect((await s.articles.newest(20, [])).map((a) => a.id)).toEqual(['b', 'a']);
      expect((await s.articles.matching('2024-11', 20, ['mine'])).map((a) => a.id)).toEqual(
        mine.filter((id) => id.startsWith('2024-11')),
      );
      expect(await s.articles.count(['mine'])).toBe(5);
      await s.close();
    });

    maybe(
      'lets a source carry a story another stored first: its community sees it, past every cursor, once',
      async (f) => {
        const s = await f.fresh();
        const fetch = {
          at: '2024-11-24T10:00:00Z',
          etag: null,
          lastModified: null,
          nextFetchAt: 'n',
          name: null,
          seen: [],
        };
        for (const id of ['wire', 'local']) await s.sources.addSource(chatSource(id), id);
        const [story] = await s.sources.commitFetch({
          ...fetch,
          sourceId: 'wire',
          articles: [
            {
              idBase: '2024-11-24-budget',
              keys: ['guid:wire:1', 'url:example.org/budget'],
              article: {
                sourceId: 'wire',
                sourceName: 'wire',
                url: 'https://example.org/budget',
                guid: '1',
                title: 'Budget set',
                date: '2024-11-24',
                text: 'The council set its budget.',
                createdAt: fetch.at,
              },
            },
          ],
        });
        const before = await s.articles.maxSeq();
        expect(await s.articles.newest(5, ['local'])).toEqual([]);
        const known = [['guid:local:b', 'url:example.org/budget']];
        expect(await s.sources.commitFetch({ ...fetch, sourceId: 'local', articles: [], known })).toEqual([story]);
        const meta = await s.articles.meta(story ?? '');
        expect(meta).toMatchObject({ sourceId: 'wire', moreSources: ['local'] });
        // It stays at its place, and comes again after every place given so far, through the carrier.
        expect(meta?.seq).toBeLessThanOrEqual(before);
        expect(await s.articles.maxSeq()).toBeGreaterThan(before);
        const again = await s.articles.after(before, 5);
        expect(again.map((a) => [a.id, a.via, a.seq])).toEqual([[story, 'local', await s.articles.maxSeq()]]);
        expect((await s.articles.newest(5, ['local'])).map((a) => a.id)).toEqual([story]);
        expect((await s.articles.matching('budget', 5, ['local'])).map((a) => a.id)).toEqual([story]);
        expect((await s.sources.seenKeys(['guid:local:b'])).get('guid:local:b')).toEqual({
          sourceId: 'local',
          articleId: story,
        });
        // Met again: nothing new, nothing moved.
        expect(await s.sources.commitFetch({ ...fetch, sourceId: 'local', articles: [], known })).toEqual([]);
        expect((await s.articles.after(before, 5)).map((a) => a.id)).toEqual([story]);
        // A later source under the same id does not inherit what the removed one carried.
        await s.sources.removeSource('local');
        await s.sources.addSource(chatSource('local'), 'local');
        expect(await s.articles.newest(5, ['local'])).toEqual([]);
        // Read in batches, as a fire does: every place once, in order, carried places after the batch
        // boundary included.
        const stories = Array.from({ length: 150 }, (_, i) => ({
          idBase: `2024-11-24-story-${i}`,
          keys: [`guid:wire:s${i}`, `url:example.org/s${i}`],
          article: {
            sourceId: 'wire',
            sourceName: 'wire',
            url: `https://example.org/s${i}`,
            guid: `s${i}`,
            title: `Story ${i}`,
            date: '2024-11-24',
            text: `Story number ${i} happened.`,
            createdAt: fetch.at,
          },
        }));
        const from = await s.articles.maxSeq();
        await s.sources.commitFetch({ ...fetch, sourceId: 'wire', articles: stories });
        const carried = stories
          .filter((_, i) => i % 5 === 0)
          .map((x) => [`guid:local:${x.article.guid}`, x.keys[1] ?? '']);
        expect(await s.sources.commitFetch({ ...fetch, sourceId: 'local', articles: [], known: carried })).toHaveLength(
          30,
        );
        const walked: Array<[string, string | undefined, number]> = [];
        for (
          let after = from, batch = await s.articles.after(after, 100);
          batch.length > 0;
          batch = await s.articles.after(after, 100)
        ) {
          for (const a of batch) walked.push([a.id, a.via, a.seq]);
          after = batch[batch.length - 1]?.seq ?? after;
        }
        expect(walked).toHaveLength(180);
        expect(walked.map((w) => w[2])).toEqual([...walked.map((w) => w[2])].sort((a, b) => a - b));
        expect(walked.filter((w) => w[1] === 'local').map((w) => w[0])).toEqual(
          walked
            .slice(0, 150)
            .filter((_, i) => i % 5 === 0)
            .map((w) => w[0]),
        );
        await s.close();
      },
    );
  });
}
