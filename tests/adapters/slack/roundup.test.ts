import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../../src/schedule/scheduler.js';
import { linkableUrl } from '../../../src/chat/split.js';
import { MAX_BLOCKS_JSON } from '../../fakes/slack.js';
import { occurrences, writeLongArticles, type LongArticle } from '../long-articles.js';
import { articlesDir, blockTexts, slackScheduler, startHarness, type Harness } from './harness.js';

const CHANNEL = 'C0ROUNDUP';

describe('Slack: roundups of long articles through the scheduler and the real adapter', () => {
  let h: Harness;
  let scheduler: Scheduler;
  let dir: string;
  afterEach(async () => {
    await scheduler.stop(2000);
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('12 new articles: within the limits, every article once with its full headline, nothing again at the next fire; 30 more continue in a second message', {
    timeout: 20_000,
  }, async () => {
    dir = articlesDir({});
    copyFileSync(join('digests', '2024-11-24-kursk.txt'), join(dir, '2024-11-24-kursk.txt'));
    h = await startHarness({ mode: 'http', digests: dir });
    scheduler = slackScheduler(h);
    const sub = await h.bus.run(
      'subscribe',
      { schedule: 'daily 08:00', source: 'files', format: 'roundup', reminders: false },
      { platform: 'slack', channelId: CHANNEL, userId: 'U0ADMIN', canManage: true, community: 'slack:T0FAKE' },
    );
    expect(sub.kind).not.toBe('error');
    await scheduler.fire('slack', CHANNEL, 'scheduled'); // the newest article, as a new subscription's first post
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(1);

    /** Fires once with `articles` new, and checks what reached the channel; returns the new messages. */
    const roundup = async (articles: LongArticle[]) => {
      await h.files.sync();
      const before = h.fake.messagesIn(CHANNEL).length;
      const fire = await scheduler.fire('slack', CHANNEL, 'scheduled');
      expect(fire?.posted.sort()).toEqual(articles.map((a) => a.id).sort());
      // The fake refuses what Slack refuses: more than 50 blocks, a section over 3,000, msg_blocks_too_long.
      expect(
        h.fake
          .calls('chat.postMessage')
          .filter((c) => c.error !== null)
          .map((c) => c.error),
      ).toEqual([]);
      const messages = h.fake.messagesIn(CHANNEL).slice(before);
      for (const m of messages) expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(MAX_BLOCKS_JSON);
      const texts = messages.map((m) => blockTexts(m.blocks).join('\n'));
      const all = texts.join('\n');
      for (const a of articles) {
        const first = h.library.digest(await h.library.resolve(a.id)).briefing[0] ?? '';
        expect(first.length).toBeGreaterThan(150);
        // The headline in full, linked (a Cyrillic path percent-encoded); an entry in one message.
        expect(occurrences(all, `<${linkableUrl(a.url)}|${a.title}>`), a.id).toBe(1);
        expect(occurrences(all, a.title), a.id).toBe(1);
        expect(occurrences(all, first), a.id).toBe(1);
        expect(texts.find((t) => t.includes(a.title))).toContain(first);
        expect(await h.store.getDelivery('slack', CHANNEL, a.id)).toMatchObject({
          status: 'sent',
          messageId: messages[0]?.ts,
        });
      }
      expect(all).toContain(`${articles.length} new articles`);
      return messages;
    };

    const twelve = writeLongArticles(dir, 12);
    const first = await roundup(twelve);
    expect(blockTexts(first[0]?.blocks)[0]).toBe('News roundup — Saturday, 30 November 2024');
    // The key date live, in each reader's zone, with the day as the fallback text.
    const day = Date.parse('2025-01-10T10:00:00Z') / 1000; // 10:00 UTC: the same day from UTC−10 to UTC+13
    expect(first.map((m) => blockTexts(m.blocks).join('\n')).join('\n')).toContain(
      `<!date^${day}^{date_long_pretty}|2025-01-10>`,
    );

    const again = await scheduler.fire('slack', CHANNEL, 'scheduled');
    expect(again?.posted).toEqual([]);
    expect(h.fake.messagesIn(CHANNEL)).toHaveLength(1 + first.length);

    const more = await roundup(writeLongArticles(dir, 30, 12));
    expect(more.length).toBeGreaterThan(1);
  });
});
