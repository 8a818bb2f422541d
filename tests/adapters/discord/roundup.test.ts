import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harness, embedText, type Harness } from './harness.js';
import { occurrences, writeLongArticles } from '../long-articles.js';
import { embedUrl } from '../../../adapters/discord/render.js';

const CHANNEL = '200000000000000501';
const GUILD = '400000000000000501';
const MESSAGES = new RegExp(`^/channels/${CHANNEL}/messages$`);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Discord: a roundup of 12 long articles through the scheduler and the real adapter', () => {
  it('continues in more messages within the limits, every article once, and nothing again at the next fire', {
    timeout: 20_000,
  }, async () => {
    h = await harness();
    const x = h;
    const sub = await x.bus.run(
      'subscribe',
      { schedule: 'daily 08:00', source: 'files', format: 'roundup', reminders: false },
      {
        platform: 'discord',
        channelId: CHANNEL,
        userId: '300000000000000501',
        canManage: true,
        community: `discord:${GUILD}`,
      },
    );
    expect(sub.kind).not.toBe('error');
    await x.scheduler.fire('discord', CHANNEL, 'scheduled'); // a new subscription's first post: the newest article
    const before = x.fake.channelMessages(CHANNEL).length;
    expect(before).toBe(1);

    const articles = writeLongArticles(join(x.dir, 'digests'), 12);
    await x.files.sync();
    const fire = await x.scheduler.fire('discord', CHANNEL, 'scheduled');
    expect(fire?.posted.sort()).toEqual(articles.map((a) => a.id).sort());
    expect(fire?.failed).toEqual([]);

    // The fake refuses (400) any message past 10 embeds, 6,000 characters, or with a bad embed url.
    const posts = x.fake.requestsTo('POST', MESSAGES);
    expect(posts.map((p) => p.status)).toEqual(Array.from({ length: posts.length }, () => 200));
    const messages = x.fake.channelMessages(CHANNEL).slice(before);
    expect(messages.length).toBeGreaterThan(1);
    const all = messages.map((m) => embedText(m.body)).join('\n');
    expect(all.startsWith('News roundup — Sunday, 24 November 2024')).toBe(true);
    for (const a of articles) {
      const record = await x.library.resolve(a.id);
      const first = x.library.digest(record).briefing[0] ?? '';
      expect(first.length).toBeGreaterThan(150);
      expect(occurrences(all, a.title), a.id).toBe(1);
      expect(
        occurrences(all, `**[${a.title}](${embedUrl(a.url)?.replace(/\(/g, '%28').replace(/\)/g, '%29')})**`),
        a.id,
      ).toBe(1);
      expect(occurrences(all, first), a.id).toBe(1);
      // An entry is never split between two messages.
      const home = messages.find((m) => embedText(m.body).includes(a.title));
      expect(embedText(home?.body)).toContain(first);
    }
    expect(all).toContain('12 new articles');
    // The key date as Discord shows it in each reader's zone: 10 January 2025 for the first article.
    const day = Date.parse('2025-01-10T10:00:00Z') / 1000; // 10:00 UTC: the same day from UTC−10 to UTC+13
    expect(all).toContain(`<t:${day}:D>`);
    expect(all).not.toContain(`<t:${day}:R>`);
    // Each article is marked sent, pointing at the roundup's first message.
    for (const a of articles)
      expect(await x.store.getDelivery('discord', CHANNEL, a.id)).toMatchObject({
        status: 'sent',
        messageId: messages[0]?.id,
      });

    const again = await x.scheduler.fire('discord', CHANNEL, 'scheduled');
    expect(again?.posted).toEqual([]);
    expect(x.fake.channelMessages(CHANNEL)).toHaveLength(before + messages.length);
  });
});
