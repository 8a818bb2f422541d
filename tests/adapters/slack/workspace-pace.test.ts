import { afterEach, describe, expect, it } from 'vitest';
import { textReply } from '../../../src/chat/reply.js';
import { startHarness, type Harness } from './harness.js';

// Slack publishes no workspace-wide figure for chat.postMessage; the fake models one here.
describe('Slack: posts to many channels learn the workspace limit from its first 429s', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('refuses only the first second’s posts over the limit, and every channel gets its post once', async () => {
    h = await startHarness({ mode: 'http' });
    h.fake.rateLimits = { workspace: { limit: 3, windowMs: 1000 } };
    const channels = Array.from({ length: 12 }, (_, i) => `C0PACE${i}`);
    // The harness allows two waits per post. Unpaced, the 9 refused at first retry together after
    // Retry-After and are refused again (6, then 3): three channels would get nothing.
    const results = await Promise.allSettled(
      channels.map((c) => h.adapter.post(c, textReply(`News for ${c}`), `pace-${c}`)),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(h.fake.posts.map((p) => p.body.channel).sort()).toEqual([...channels].sort());
    expect(h.fake.rateLimitStats.workspace429).toBe(9);
  });
});
