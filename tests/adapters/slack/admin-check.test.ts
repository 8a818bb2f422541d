import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

// U0ADMIN is a workspace admin: when Slack cannot say so, telling them "Only workspace admins…" is
// telling them something false.
describe('Slack: an admin whose admin status Slack could not confirm', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterEach(async () => h?.close());

  async function subscribeAs(user: string): Promise<string> {
    const url = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: 'subscribe daily 08:00', user_id: user, response_url: url }));
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the answer');
    const body = h.fake.responsesTo(url)[0]?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    return blockTexts(body.blocks).join('\n');
  }

  it('is told the check failed and why (the app lacks users:read), not that only admins may subscribe', async () => {
    h.fake.failCall('users.info', 1, { error: 'missing_scope' });
    const text = await subscribeAs('U0ADMIN');
    expect(text).not.toMatch(/^Only /);
    expect(text).toContain('could not check');
    expect(text).toContain('users:read');
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('is told to try again when Slack failed for a moment, and the next try subscribes', async () => {
    h.fake.failCall('users.info', 1, { error: 'internal_error' });
    const text = await subscribeAs('U0ADMIN');
    expect(text).toContain('could not check');
    expect(text).toContain('try again');
    expect(await subscribeAs('U0ADMIN')).toMatch(/^Subscribed/);
  });

  it('a member who is not an admin is still simply refused', async () => {
    expect(await subscribeAs('U0READER')).toMatch(
      /^Only workspace admins and Herald admins can use \/herald subscribe\./,
    );
  });
});
