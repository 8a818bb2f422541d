import { afterEach, describe, expect, it } from 'vitest';
import { NEVER_FETCHED } from '../../src/store/types.js';
import { ChannelUnavailableError } from '../../src/errors.js';
import { replyText } from '../support/reply-text.js';
import { numberedStory, scheduledWorld } from '../support/scheduled-world.js';
import { worldScheduler } from '../support/services.js';

// A channel that gets more than it can post (3 a fire), left running for weeks.

// Stories whose words are their own, so none is folded into another as the same story.
const story = (n: number): string =>
  numberedStory('The harbour board approved a plan for pier after a vote', n, '. Work starts in spring.');
const DAY = 86_400_000;
const day = (d: number, hour = 8) => new Date(Date.UTC(2024, 11, 1) + d * DAY + hour * 3_600_000).toISOString();
const caller = { platform: 'test', channelId: 'C1', userId: 'u1', canManage: true };

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function world() {
  const { w, adapter, scheduler, stop } = await scheduledWorld(day(0, 7));
  cleanup = stop;
  await w.bus.runText('subscribe daily 08:00 UTC source:files reminders:off', caller);
  return { w, adapter, scheduler };
}

describe('a daily channel that gets more articles than it can post', () => {
  it('stays on recent news for weeks: no post is of a story that waited more than two fires', async () => {
    const { w, adapter, scheduler } = await world();
    const arrived = new Map<string, number>();
    const waiting: number[] = [];
    let n = 0;
    for (let d = 1; d <= 21; d++) {
      // Ten stories arrive through the day, from 10:00.
      for (let i = 0; i < 10; i++, n++) {
        w.clock.set(day(d - 1, 10 + i));
        const id = `2024-12-${String(d).padStart(2, '0')}-s${String(n).padStart(3, '0')}`;
        await w.addArticle(id, day(d - 1).slice(0, 10), story(n));
        arrived.set(id, d - 1);
      }
      w.clock.set(day(d));
      await scheduler.fire('test', 'C1', 'scheduled');
      const status = replyText(await w.bus.run('status', {}, caller));
      waiting.push(Number(/Waiting\W+(?:more than )?(\d+) article/.exec(status)?.[1] ?? 0));
    }
    const posted = adapter.digestsTo('C1').filter((id) => arrived.has(id));
    expect(posted).toHaveLength(3 * 21);
    // Days each posted story waited: before, 15 by day 21, one more each third day.
    const waited = posted.map((id, i) => Math.floor(i / 3) + 1 - (arrived.get(id) ?? 0));
    expect(Math.max(...waited)).toBe(2);
    // What /status counts as waiting stays at about a day's stories (before: 7 more a day, past 99 by day 15).
    expect(Math.max(...waiting.slice(5))).toBeLessThanOrEqual(20);
    expect(waiting.at(-1)).toBe(Math.max(...waiting.slice(5)));
    const passed = [...arrived.keys()].find((id) => !posted.includes(id) && (arrived.get(id) ?? 0) < 10) ?? '';
    expect(replyText(await w.bus.run('status', { article: passed }, caller))).toContain(
      `${passed} was passed over here`,
    );
  });

  it('posts a burst over the next fires, as before: none of five is passed over', async () => {
    const { w, adapter, scheduler } = await world();
    w.clock.set(day(0, 12));
    for (let i = 0; i < 5; i++) await w.addArticle(`2024-12-01-b${i}`, '2024-12-01', story(i));
    for (const d of [1, 2]) {
      w.clock.set(day(d));
      await scheduler.fire('test', 'C1', 'scheduled');
    }
    expect(adapter.digestsTo('C1').filter((id) => id.includes('-b'))).toHaveLength(5);
  });

  it('on a weekdays schedule, a weekend story waits through two fires, Monday’s and Tuesday’s, as on a daily one', async () => {
    const { w, adapter, scheduler } = await world();
    await w.bus.runText('subscribe weekdays 08:00 UTC source:files reminders:off', caller);
    // 1 December 2024 is a Sunday: fires on Thursday 5 and Friday 6, then nine stories over the weekend.
    for (const d of [4, 5]) {
      w.clock.set(day(d));
      await scheduler.fire('test', 'C1', 'scheduled');
    }
    w.clock.set(day(6, 12));
    for (let i = 0; i < 9; i++) await w.addArticle(`2024-12-07-w${i}`, '2024-12-07', story(i));
    const weekend = () => adapter.digestsTo('C1').filter((id) => id.includes('-w'));
    w.clock.set(day(8)); // Monday: three of nine, the rest wait
    await scheduler.fire('test', 'C1', 'scheduled');
    expect(weekend()).toHaveLength(3);
    w.clock.set(day(9)); // Tuesday: they have waited through one fire only (before: all six passed over)
    await scheduler.fire('test', 'C1', 'scheduled');
    expect(weekend()).toHaveLength(6);
    w.clock.set(day(10)); // Wednesday: the last three have waited through two, and are passed over
    await scheduler.fire('test', 'C1', 'scheduled');
    expect(weekend()).toHaveLength(6);
    expect(replyText(await w.bus.run('status', { article: '2024-12-07-w8' }, caller))).toContain(
      'was passed over here',
    );
  });

  it('/status article: says a story the next fire will pass over will be passed over, as /status no longer counts it waiting', async () => {
    const { w, adapter, scheduler } = await world();
    w.clock.set(day(0, 10));
    for (let i = 0; i < 9; i++) await w.addArticle(`2024-12-01-b${i}`, '2024-12-01', story(i));
    for (const d of [1, 2]) {
      w.clock.set(day(d));
      await scheduler.fire('test', 'C1', 'scheduled');
    }
    w.clock.set(day(2, 9));
    expect(replyText(await w.bus.run('status', {}, caller))).toContain('no new article for this channel');
    // Before: "2024-12-01-b7 waits for the next fire at Wed, 4 Dec 2024, 08:00 UTC.", and that fire passed it over.
    expect(replyText(await w.bus.run('status', { article: '2024-12-01-b7' }, caller))).toContain(
      '2024-12-01-b7 will be passed over at the next fire at Wed, 4 Dec 2024, 08:00 UTC: by then it will have waited two fires',
    );
    w.clock.set(day(3));
    await scheduler.fire('test', 'C1', 'scheduled');
    expect(adapter.digestsTo('C1')).not.toContain('2024-12-01-b7');
  });

  it('a retry of a fire cut short (a crash at 08:00, back at 08:05) passes nothing over', async () => {
    const { w, adapter, scheduler } = await world();
    w.clock.set(day(0, 12));
    for (let i = 0; i < 5; i++) await w.addArticle(`2024-12-01-r${i}`, '2024-12-01', story(i));
    w.clock.set(day(1));
    await scheduler.fire('test', 'C1', 'scheduled');
    // The next day's fire began (its time recorded) and the process died before it posted.
    await w.store.setLastFire('test', 'C1', day(2));
    w.clock.set(day(2, 8.1));
    await scheduler.fire('test', 'C1', 'recovery');
    expect(adapter.digestsTo('C1').filter((id) => id.includes('-r'))).toHaveLength(5);
  });

  it('a fire taken over from an instance that died in it passes over only what the fire itself would have', async () => {
    const { w, adapter, scheduler } = await world();
    // Instance B beside the one that dies (A), on the same database.
    const b = worldScheduler(w, adapter, { holder: 'B', exclusive: false });
    const stopWorld = cleanup;
    cleanup = async () => {
      await b.stop(1000);
      await stopWorld?.();
    };
    w.clock.set(day(1));
    await scheduler.fire('test', 'C1', 'scheduled');
    w.clock.set(day(1, 12));
    for (let i = 0; i < 9; i++) await w.addArticle(`2024-12-02-t${i}`, '2024-12-02', story(i));
    const burst = () => adapter.digestsTo('C1').filter((id) => id.includes('-t'));
    w.clock.set(day(2));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Day 3: A takes the fire, records it, and dies before it posts; B takes it over half an hour later.
    const fire = { platform: 'test', channelId: 'C1', dueAt: day(3), holder: 'A' };
    expect(await w.store.coordination.takeFire(fire, day(3))).toBe(true);
    await w.store.setLastFire('test', 'C1', day(3));
    w.clock.set(day(3, 8.5));
    await b.sweep();
    // Before: B's run passed the six still waiting over, as though A's start were a fire of its own.
    expect(burst()).toHaveLength(6);
    w.clock.set(day(4));
    await scheduler.fire('test', 'C1', 'scheduled');
    expect(burst()).toHaveLength(6);
  });

  it('takes a story another source has just begun to carry as new there, however old its first source’s copy', async () => {
    const { w, scheduler } = await world();
    for (const id of ['wire', 'local'])
      await w.store.sources.addSource(
        {
          ...NEVER_FETCHED,
          fetchedOnce: true,
          url: `https://${id}.example/feed`,
          name: id,
          everyMinutes: 15,
          origin: 'file',
          addedBy: null,
          addedAt: day(0),
        },
        id,
      );
    // The channel takes the local paper only (as `/subscribe source:local` makes it, with /sources wired).
    const sub = await w.store.getSubscription('test', 'C1');
    if (sub) await w.store.upsertSubscription({ ...sub, sources: ['local'], firstArticle: null });
    const keys = ['guid:wire:dam', 'url:wire.example/dam'];
    const base = { etag: null, lastModified: null, nextFetchAt: day(30), name: null, seen: [] };
    const [id] = await w.store.sources.commitFetch({
      ...base,
      sourceId: 'wire',
      at: day(0, 9),
      articles: [
        {
          idBase: '2024-12-01-dam',
          keys,
          article: {
            sourceId: 'wire',
            sourceName: 'Wire',
            url: 'https://wire.example/dam',
            guid: 'dam',
            title: 'Dam',
            date: '2024-12-01',
            text: story(99),
            createdAt: day(0, 9),
          },
        },
      ],
    });
    for (const d of [1, 2, 3, 4, 5]) {
      w.clock.set(day(d));
      await scheduler.fire('test', 'C1', 'scheduled');
    }
    await w.store.sources.commitFetch({ ...base, sourceId: 'local', at: day(5, 9), articles: [], known: [keys] });
    w.clock.set(day(6));
    expect((await scheduler.fire('test', 'C1', 'scheduled'))?.posted).toEqual([id]);
  });
});

describe('channels lost over months (deleted, or the bot removed)', () => {
  it('hold no task while paused: only the channels that can be posted to have one, after a restart too', async () => {
    const { w, adapter, scheduler } = await world();
    const at = (channelId: string) => ({ ...caller, channelId });
    for (let c = 0; c < 10; c++) await w.bus.runText('subscribe hourly', at(`ch${c}`));
    await scheduler.start();
    expect(scheduler.size).toBe(11);
    for (let c = 0; c < 4; c++) adapter.failures.set(`ch${c}`, [new ChannelUnavailableError('Unknown Channel')]);
    w.clock.set(day(0, 8));
    for (let c = 0; c < 10; c++) await scheduler.fire('test', `ch${c}`, 'scheduled');
    // Each kept an hourly timer and a look at the store every hour, for as long as the bot ran.
    expect(scheduler.size).toBe(7);
    const again = worldScheduler(w, adapter);
    await again.start();
    expect(again.size).toBe(7);
    await again.stop(1000);
    await w.bus.runText('subscribe hourly', at('ch0'));
    await scheduler.syncOne('test', 'ch0');
    expect(scheduler.size).toBe(8);
  });
});

describe('a channel paused, then resumed', () => {
  it('/status article: says a story that came while it was paused came before the resume, not that it was passed over', async () => {
    const { w, adapter, scheduler } = await world();
    w.clock.set(day(0, 12));
    await w.addArticle('2024-12-01-before', '2024-12-01', story(1));
    adapter.failures.set('C1', [new ChannelUnavailableError('Missing Access')]);
    w.clock.set(day(1));
    expect((await scheduler.fire('test', 'C1', 'scheduled'))?.paused).not.toBeNull();
    w.clock.set(day(2, 12));
    await w.addArticle('2024-12-03-while', '2024-12-03', story(2));
    await w.addArticle('2024-12-04-newest', '2024-12-04', story(3));
    w.clock.set(day(3, 9));
    await w.bus.runText('subscribe', caller);
    const said = replyText(await w.bus.run('status', { article: '2024-12-03-while' }, caller));
    expect(said).not.toContain('passed over');
    expect(said).toContain('before the channel subscribed or was resumed');
  });
});

describe('a channel resumed while the fire that paused it ends', () => {
  it('keeps its task: the next fire posts there', async () => {
    const { w, adapter, scheduler } = await world();
    await scheduler.start();
    w.clock.set(day(0, 12));
    await w.addArticle('2024-12-01-first', '2024-12-01', story(1));
    adapter.failures.set('C1', [new ChannelUnavailableError('Missing Access')]);
    // The manager, told the channel was paused, gives the bot access and runs /subscribe at once.
    Object.assign(adapter, {
      notify: async () => {
        await w.bus.runText('subscribe', caller);
        await scheduler.syncOne('test', 'C1');
      },
    });
    w.clock.set(day(1));
    expect((await scheduler.fire('test', 'C1', 'scheduled'))?.paused).not.toBeNull();
    expect((await w.store.getSubscription('test', 'C1'))?.pausedReason).toBeNull();
    // Before, the fire dropped the task after the resume had kept it: no fire until a restart.
    expect(scheduler.size).toBe(1);
  });
});

describe('a weekly roundup changed to daily', () => {
  it('posts the week’s stories at the first daily fire: a schedule change is no fire they waited through', async () => {
    const { w, adapter, scheduler } = await world();
    await w.bus.runText('subscribe weekly mon 08:00 UTC format:roundup', caller);
    // 2 December 2024 is a Monday: the weekly fire, then a story each weekday.
    w.clock.set(day(1));
    await scheduler.fire('test', 'C1', 'scheduled');
    for (let d = 1; d <= 5; d++) {
      w.clock.set(day(d, 12));
      await w.addArticle(`2024-12-0${d + 1}-week${d}`, day(d).slice(0, 10), story(100 + d));
    }
    // On Sunday the channel goes daily; Monday's fire is its first.
    w.clock.set(day(7, 10));
    await w.bus.runText('subscribe daily 08:00 UTC format:roundup', caller);
    w.clock.set(day(8));
    await scheduler.fire('test', 'C1', 'scheduled');
    const week = adapter.posts.at(-1);
    expect(week?.reply.kind).toBe('roundup');
    expect(replyText(week?.reply ?? { parts: [] })).toContain('Monday, 9 December 2024');
    for (let d = 1; d <= 5; d++) expect(replyText(week?.reply ?? { parts: [] })).toContain(`harbour${100 + d}`);
  });
});

describe('a post that failed, then the channel paused and resumed', () => {
  it('/status article: no longer says the failed post is tried again: the resume starts after it', async () => {
    const { w, adapter, scheduler } = await world();
    w.clock.set(day(0, 12));
    await w.addArticle('2024-12-01-failed', '2024-12-01', story(1));
    // The first fire posts the newest article at subscription, then this one fails (a server error).
    adapter.failures.set('C1', [new Error('HTTP 500'), new Error('HTTP 500')]);
    w.clock.set(day(1));
    await scheduler.fire('test', 'C1', 'scheduled');
    expect(await w.store.getDelivery('test', 'C1', '2024-12-01-failed')).toMatchObject({ status: 'failed' });
    w.clock.set(day(1, 12));
    await w.addArticle('2024-12-02-newer', '2024-12-02', story(2));
    // The next fire finds the channel gone: paused; then someone resumes it.
    adapter.failures.set('C1', [new ChannelUnavailableError('Missing Access')]);
    w.clock.set(day(2));
    expect((await scheduler.fire('test', 'C1', 'scheduled'))?.paused).not.toBeNull();
    w.clock.set(day(2, 9));
    await w.bus.runText('subscribe', caller);
    const said = replyText(await w.bus.run('status', { article: '2024-12-01-failed' }, caller));
    expect(said).toContain('failed to post here');
    expect(said).toContain('not tried again here: the channel was resumed from newer articles');
    w.clock.set(day(3));
    await scheduler.fire('test', 'C1', 'scheduled');
    // The resume starts with the newest article; the failed one is behind it.
    expect(adapter.digestsTo('C1')).toContain('2024-12-02-newer');
    expect(adapter.digestsTo('C1')).not.toContain('2024-12-01-failed');
  });
});

// The terminal fires a channel by hand at start (to print the newest story): Herald started twice in
// a day is no two fires of a daily channel.
const ferryStory = (n: number): string =>
  numberedStory('The ferry company added a late sailing to the island route', n, '. Tickets go on sale next week.');

describe('a fire by hand', () => {
  it('does not count as one of the channel’s fires: no story is passed over early', async () => {
    const { w, adapter, scheduler } = await world();
    w.clock.set(day(0, 8));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Nine stories on the first day: three a fire.
    w.clock.set(day(0, 12));
    for (let i = 0; i < 9; i++) await w.addArticle(`2024-12-01-f${i}`, '2024-12-01', ferryStory(i));
    w.clock.set(day(1));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Herald restarted in the terminal at noon and again in the evening: a fire by hand each time.
    for (const hour of [12, 18]) {
      w.clock.set(day(1, hour));
      await scheduler.fire('test', 'C1', 'manual');
    }
    w.clock.set(day(2));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Before: the evening fire by hand counted the noon one as a fire gone by and passed the last three over.
    const posted = adapter.digestsTo('C1').filter((id) => id.startsWith('2024-12-01-f'));
    expect(posted).toEqual(Array.from({ length: 9 }, (_, i) => `2024-12-01-f${i}`));
  });
});
