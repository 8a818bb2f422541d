import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_QUOTES, blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

describe('Slack adapter, Socket Mode (real Bolt against the fake)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'socket' });
  });
  afterEach(async () => {
    await h.close();
  });

  it('opens its socket through apps.connections.open at SLACK_API_URL, with the app-level token', () => {
    const open = h.fake.calls('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe('Bearer xapp-fake-app-token');
    expect(h.fake.socketCount).toBe(1);
    expect(h.adapter.mode).toBe('socket');
    expect(h.adapter.port).toBeNull();
  });

  it('acks /herald quotes in its envelope, then answers at response_url with both quotes in full', async () => {
    const url = h.fake.responseUrl();
    const envelope = h.fake.pushSlashCommand(slashCommand({ text: 'quotes', response_url: url }));
    await h.fake.waitFor(() => h.fake.acks.some((a) => a.envelope_id === envelope), 3000, 'the ack');
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the answer');
    const ack = h.fake.acks.find((a) => a.envelope_id === envelope);
    expect(ack?.payload).toEqual({});
    const answer = h.fake.responsesTo(url)[0];
    // The ack goes first: Slack shows an error if it does not arrive within 3 seconds.
    expect(ack?.at).toBeLessThanOrEqual(answer?.at ?? 0);
    expect(answer?.body.response_type).toBe('ephemeral');
    const texts = blockTexts(answer?.body.blocks).join('\n');
    for (const q of SEED_QUOTES) expect(texts).toContain(q);
  });

  it('answers an unknown subcommand with one private message: the name it did not know, then the help', async () => {
    const url = h.fake.responseUrl();
    h.fake.pushSlashCommand(slashCommand({ text: 'frobnicate now', response_url: url }));
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the answer');
    // A second message would come right after the first; give it the time to.
    await new Promise((r) => setTimeout(r, 300));
    const answers = h.fake.responsesTo(url);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.body.response_type).toBe('ephemeral');
    const texts = blockTexts(answers[0]?.body.blocks).join('\n');
    expect(texts).toMatch(/^Unknown command "frobnicate"\nWhat Herald can do:\n• \/herald digest/);
  });

  it('acks and refuses subscribe from a member who is not an admin; an admin subscribes', async () => {
    const refused = h.fake.responseUrl();
    const e1 = h.fake.pushSlashCommand(
      slashCommand({ text: 'subscribe daily 08:00', user_id: 'U0READER', response_url: refused }),
    );
    await h.fake.waitFor(() => h.fake.responsesTo(refused).length >= 1, 5000, 'the refusal');
    expect(h.fake.acks.map((a) => a.envelope_id)).toContain(e1);
    expect(h.fake.responsesTo(refused)[0]?.body.response_type).toBe('ephemeral');
    expect(await h.store.listSubscriptions()).toHaveLength(0);

    const ok = h.fake.responseUrl();
    h.fake.pushSlashCommand(slashCommand({ text: 'subscribe daily 08:00', user_id: 'U0ADMIN', response_url: ok }));
    await h.fake.waitFor(() => h.fake.responsesTo(ok).length >= 1, 5000, 'the confirmation');
    expect(await h.store.getSubscription('slack', 'C0NEWS')).toMatchObject({ createdBy: 'U0ADMIN' });
  });

  it('stops cleanly: the socket closes and no reconnect follows', async () => {
    await h.adapter.stop();
    await h.fake.waitFor(() => h.fake.socketCount === 0, 3000, 'the socket to close');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls('apps.connections.open')).toHaveLength(1);
  });

  it('says in /readyz that its socket is down until Bolt has reconnected, and logs the drop once', async () => {
    expect(h.adapter.readinessProblems()).toEqual([]);
    // What /readyz says at the moment the drop is logged: the reconnection may follow within
    // milliseconds, too soon for a poll to see the socket down.
    const atDrop: string[][] = [];
    const push = h.logs.push.bind(h.logs);
    h.logs.push = (...lines: string[]) => {
      if (lines.some((l) => l.includes('slack socket disconnected'))) atDrop.push(h.adapter.readinessProblems());
      return push(...lines);
    };
    h.fake.failNext('apps.connections.open', 1, 1, 500);
    h.fake.dropSockets();
    await h.fake.waitFor(() => atDrop.length > 0, 10_000, 'the drop seen');
    expect(atDrop[0]).toEqual(['slack: socket not connected (reconnecting)']);
    await h.fake.waitFor(() => h.adapter.readinessProblems().length === 0, 20_000, 'the reconnection');
    const said = (msg: string) => h.logs.filter((l) => l.includes(`"msg":"${msg}"`)).length;
    expect(said('slack socket disconnected; reconnecting')).toBe(1);
    expect(said('slack socket reconnected')).toBe(1);
    // And it answers again.
    const url = h.fake.responseUrl();
    h.fake.pushSlashCommand(slashCommand({ text: 'countdown', response_url: url }));
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the answer after reconnecting');
  }, 30_000);
});
