import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../../sources/server.js';
import { addedId, serveFeed } from '../../feeds/rss.js';
import { blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

let h: Harness;
let server: FixtureServer;
beforeAll(async () => {
  server = await FixtureServer.start();
  h = await startHarness({ mode: 'http', sources: true });
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

/** Sends `/herald <text>` over HTTP (signed, through Bolt) and returns what came back at its response_url. */
async function command(
  text: string,
  o: { user?: string; channel?: string } = {},
): Promise<{ private: boolean; text: string; blocks: string[] }> {
  const url = h.fake.responseUrl();
  const res = await h.postCommand(
    slashCommand({ text, response_url: url, user_id: o.user ?? 'U0ADMIN', channel_id: o.channel ?? 'C0NEWS' }),
  );
  expect(res.status).toBe(200);
  await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, `the answer to ${text}`);
  const bodies = h.fake.responsesTo(url).map((r) => r.body);
  return {
    private: bodies.every((b) => b.response_type === 'ephemeral'),
    text: bodies.map((b) => String(b.text)).join('\n'),
    blocks: bodies.flatMap((b) => blockTexts(b.blocks)),
  };
}

describe('Slack: /herald subscribe with source, topics and format, and /herald status (real Bolt over HTTP)', () => {
  let front = '';

  it('stores the options typed after /herald subscribe', async () => {
    serveFeed(server, 'front', ['Kursk football stadium hit']);
    const add = await command(`sources add ${server.url('/front.xml')}`);
    front = addedId(add.blocks.join('\n'));
    await h.poller?.pollNow(front);
    expect(await h.store.articles.matching('Kursk football stadium', 1)).toHaveLength(1);

    const sub = await command(`subscribe daily 08:00 source:${front} topics:"kursk, -football" format:roundup`);
    expect(sub.private).toBe(true);
    expect(sub.blocks.join('\n')).toContain(
      `Sources: ${front}. Topics: kursk, -football. Format: one roundup per fire.`,
    );
    expect(await h.store.getSubscription('slack', 'C0NEWS')).toMatchObject({
      cron: '0 8 * * *',
      schedule: 'daily 08:00',
      timeZone: 'UTC',
      community: 'slack:T0FAKE',
      sources: [front],
      topics: { include: ['kursk'], exclude: ['football'] },
      format: 'roundup',
    });
  });

  it('/herald status answers privately, the next post as <!date^…> with a readable fallback', async () => {
    const status = await command('status', { user: 'U0READER' });
    expect(status.private).toBe(true);
    const all = status.blocks.join('\n');
    // The clock is Saturday 30 November 2024, 09:00 UTC: daily 08:00 UTC is next on Sunday.
    const unix = Date.parse('2024-12-01T08:00:00Z') / 1000;
    expect(all).toContain(
      `*Next post*\nSun, 1 Dec 2024, 08:00 UTC\n<!date^${unix}^{date_short_pretty} {time}|Sun, 1 Dec 2024, 08:00 UTC>`,
    );
    expect(all).toContain('daily 08:00 (cron 0 8 * * *), UTC');
    expect(all).toContain(`${front}: ok, last fetched 2024-11-30 09:00 UTC`);
    expect(all).toContain('kursk, -football');
    expect(all).toContain('roundup: one post per fire');
    expect(all).toContain('/herald status article:ID');
    // The notification text has no markup: the date's fallback, not the <!date…> code.
    expect(status.text).not.toContain('<!date');
  });

  it('/herald status article:ID says why each article was or was not posted here', async () => {
    const [football] = await h.store.articles.matching('Kursk football stadium', 1);
    const blocked = await command(`status article:${football?.id}`, { user: 'U0READER' });
    expect(blocked.private).toBe(true);
    expect(blocked.blocks.join('\n')).toBe(
      `${football?.id} is not for this channel: it mentions "football", which this channel excludes.`,
    );
    const seed = await command('status article:2024-11-24-kursk', { user: 'U0READER' });
    expect(seed.blocks.join('\n')).toMatch(
      /is not for this channel: it comes from the articles folder, which this channel does not take \(sources: /,
    );

    // A new item that passes the topics waits for the next fire.
    serveFeed(server, 'front', ['Talks on Kursk resume', 'Kursk football stadium hit']);
    h.clock.set(new Date(h.clock.now().getTime() + 16 * 60_000).toISOString());
    expect((await h.poller?.pollNow(front))?.added).toHaveLength(1);
    const [talks] = await h.store.articles.matching('Talks on Kursk', 1);
    const waits = await command(`status article:${talks?.id}`, { user: 'U0READER' });
    expect(waits.blocks.join('\n')).toBe(
      `${talks?.id} waits for the next fire at Sun, 1 Dec 2024, 08:00 UTC (it matches kursk).`,
    );
    expect((await command('status', { user: 'U0READER' })).blocks.join('\n')).toMatch(
      /\*Waiting\*\n1 article for the next post/,
    );
  });

  it('a paused channel says how to resume, and /herald subscribe with nothing else resumes it with its options', async () => {
    await h.store.setPaused('slack', 'C0NEWS', 'Herald is not a member of the channel');
    const paused = await command('status', { user: 'U0READER' });
    expect(paused.blocks.join('\n')).toContain(
      '*Paused*\nHerald is not a member of the channel. Fix that, then run /herald subscribe here to resume',
    );
    expect(paused.blocks.join('\n')).not.toContain('*Next post*');
    const resumed = await command('subscribe');
    expect(resumed.blocks.join('\n')).toContain('Resumed from the newest article: digests here daily 08:00 (UTC).');
    expect(await h.store.getSubscription('slack', 'C0NEWS')).toMatchObject({
      pausedReason: null,
      sources: [front],
      topics: { include: ['kursk'], exclude: ['football'] },
      format: 'roundup',
    });
  });

  it('takes the topics when the quotes arrive curly (as phones type them)', async () => {
    const sub = await command('subscribe hourly topics:“kursk, -football”', { channel: 'C0PHONE' });
    expect(sub.blocks.join('\n')).toContain('Topics: kursk, -football.');
    expect(await h.store.getSubscription('slack', 'C0PHONE')).toMatchObject({
      schedule: 'hourly',
      topics: { include: ['kursk'], exclude: ['football'] },
    });
  });

  // With "Escape channels, users, and links" turned on for the command, Slack sends a pasted URL as
  // its link token, <url|label> or <url>.
  it('reads a URL that Slack sent as a link token', async () => {
    serveFeed(server, 'escaped', ['Harbour wall repaired']);
    const url = server.url('/escaped.xml');
    const add = await command(`sources add <${url}|${url.replace(/^http:\/\//, '')}>`, { channel: 'C0LINK' });
    expect(add.blocks.join('\n')).toContain(`Following <${url}> as `);
    const again = await command(`sources add <${url}>`, { channel: 'C0LINK' });
    expect(again.blocks.join('\n')).toContain(`<${url}> is already followed here`);
  });
});
