import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../../src/schedule/scheduler.js';
import { articlesDir, blockTexts, slashCommand, slackScheduler, startHarness, type Harness } from './harness.js';

// Two stories a day apart, each a scheduled post of its own.
const story = (day: string, what: string) =>
  `date 2024-11-${day}\nThe harbour board said the ${what} will open on 20 December. Work on it began in the spring.\n`;
const FIRST = '2024-11-28-ferry';
const SECOND = '2024-11-29-bridge';

describe('Slack: a channel or a post that Slack refuses for good', () => {
  const dir = articlesDir({ [`${FIRST}.txt`]: story('28', 'new ferry pier') });
  let h: Harness;
  let scheduler: Scheduler;
  beforeEach(async () => {
    h = await startHarness({ mode: 'http', digests: dir });
    scheduler = slackScheduler(h);
  });
  afterEach(async () => {
    await scheduler.stop(2000);
    await h.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A read-only channel (#announcements with "only admins can post") passes the check at subscribe
  // time (Herald can read it), then refuses every post.
  it('a read-only channel pauses the subscription, tells the subscriber, and /herald status says why', async () => {
    await h.subscribe('C0NEWS', 'U0ADMIN');
    h.fake.setChannelError('C0NEWS', 'restricted_action_read_only_channel');
    const outcome = await scheduler.fire('slack', 'C0NEWS', 'scheduled');
    expect(outcome?.paused).toMatch(/^restricted_action_read_only_channel: /);
    // Tried once, not once per retry and again at every fire.
    expect(h.fake.calls('chat.postMessage').filter((c) => c.body.channel === 'C0NEWS')).toHaveLength(1);
    const dm = h.fake.posts.find((p) => p.body.channel === 'DU0ADMIN');
    expect(String(dm?.body.text)).toContain('only admins');

    const url = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: 'status', response_url: url, channel_id: 'C0NEWS' }));
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the status answer');
    const status = blockTexts(h.fake.responsesTo(url)[0]?.body.blocks).join('\n');
    expect(status).toContain('only admins');
    expect(status).toContain('/herald subscribe');
  });

  // Slack refuses this post itself: trying it again at every fire keeps it, and the posts behind it,
  // from ever going out.
  it('a post Slack refuses as invalid is given up with Slack’s error, and the next article still goes out', async () => {
    await h.subscribe('C0NEWS');
    // Once is enough: a refusal taken for good is not tried again.
    h.fake.failCall('chat.postMessage', 1, { error: 'invalid_blocks' });
    const first = await scheduler.fire('slack', 'C0NEWS', 'scheduled');
    expect(first).toMatchObject({ posted: [], failed: [], abandoned: [FIRST], paused: null });
    expect(h.fake.calls('chat.postMessage')).toHaveLength(1);
    const d = await h.store.getDelivery('slack', 'C0NEWS', FIRST);
    expect(d?.status).toBe('abandoned');
    expect(d?.lastError).toContain('invalid_blocks');

    writeFileSync(`${dir}/${SECOND}.txt`, story('29', 'rail bridge'));
    await h.files.sync();
    h.clock.set('2024-12-01T08:00:00.000Z');
    const next = await scheduler.fire('slack', 'C0NEWS', 'scheduled');
    expect(next).toMatchObject({ posted: [SECOND], failed: [] });
    expect(h.fake.posts.filter((p) => p.body.channel === 'C0NEWS')).toHaveLength(1);
  });
});
