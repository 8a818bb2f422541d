import { afterEach, describe, expect, it } from 'vitest';
import { SharedReplayGuard } from '../../../src/commands/replay-guard.js';
import { createLogger } from '../../../src/log.js';
import { FAKE_SIGNING_SECRET, signRequest } from '../../fakes/slack.js';
import { slashCommand, startHarness, type Harness } from './harness.js';

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

// Each instance remembers signed requests in the database they share, as `npm start` does on PostgreSQL.
const shared: Parameters<typeof startHarness>[0]['replay'] = (store, log) =>
  new SharedReplayGuard((key, expires) => store.coordination.firstSeen(key, expires, Date.now()), log);

describe('Slack: two instances behind one load balancer', () => {
  const running: Harness[] = [];
  afterEach(async () => {
    for (const h of running.splice(0)) await h.close();
  });

  it('a signed request replayed to the other instance is answered by neither a second time', async () => {
    const a = await startHarness({ mode: 'http', replay: shared });
    running.push(a);
    const b = await startHarness({ mode: 'http', replay: shared, dbPath: a.dbPath });
    running.push(b);
    const url = a.fake.responseUrl();
    const fields = slashCommand({
      text: 'subscribe daily 08:00 UTC',
      user_id: 'U0ADMIN',
      channel_id: 'C0LB',
      response_url: url,
    });
    const body = new URLSearchParams(fields).toString();
    const signed = signRequest(FAKE_SIGNING_SECRET, body);

    expect((await a.postCommand(fields, signed)).status).toBe(200);
    await a.fake.waitFor(() => a.fake.responsesTo(url).length >= 1, 5000, 'the confirmation');
    await a.store.removeSubscription('slack', 'C0LB');

    const replay = await b.postCommand(fields, signed);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    await settle();
    expect(a.fake.responsesTo(url)).toHaveLength(1);
    expect(await a.store.getSubscription('slack', 'C0LB')).toBeNull();
    expect(b.logs.some((l) => l.includes('slack request replayed; ignored'))).toBe(true);

    // Slack's own retry is signed anew and runs, on whichever instance gets it.
    const later = signRequest(FAKE_SIGNING_SECRET, body, Math.floor(Date.now() / 1000) + 1);
    expect((await b.postCommand(fields, later)).status).toBe(200);
    await a.fake.waitFor(() => a.fake.responsesTo(url).length >= 2, 5000, 'the second confirmation');
    expect(await a.store.getSubscription('slack', 'C0LB')).not.toBeNull();
  });

  it('a database that does not answer in time lets a fresh request through, logged, and still refuses a repeat it saw', async () => {
    const lines: string[] = [];
    const log = createLogger('debug', [], (l) => lines.push(l));
    const guard = new SharedReplayGuard(() => new Promise<boolean>(() => {}), log, 50);
    const expires = Date.now() + 300_000;
    expect(await guard.firstSeen('slack:v0=one', expires)).toBe(true);
    expect(lines.some((l) => l.includes('did not answer in time'))).toBe(true);
    expect(await guard.firstSeen('slack:v0=one', expires)).toBe(false);
    const failing = new SharedReplayGuard(() => Promise.reject(new Error('connection reset')), log, 50);
    expect(await failing.firstSeen('slack:v0=two', expires)).toBe(true);
    expect(lines.some((l) => l.includes('replay check failed') && l.includes('connection reset'))).toBe(true);
  });
});
