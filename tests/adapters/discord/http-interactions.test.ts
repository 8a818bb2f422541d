import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/index.js';
import { startHttp, type HttpServer } from '../../../adapters/http/server.js';
import { PromMetrics } from '../../../adapters/http/prom-metrics.js';
import { EPHEMERAL, type FakeInteraction } from '../../fakes/discord.js';
import { InteractionSigner, deliverInteraction, type DeliverOptions } from '../../fakes/discord-http.js';
import { embedText, harness, MANAGE_CHANNELS, SEED_ID, SEND_MESSAGES, until, type Harness } from './harness.js';

const CHANNEL = '200000000000000020';
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

const signer = new InteractionSigner();
let h: Harness;
let http: HttpServer;
let metrics: PromMetrics;
let url: string;

beforeAll(async () => {
  metrics = new PromMetrics({ processMetrics: false });
  h = await harness({ publicKey: signer.publicKey, metrics });
  http = await startHttp({ port: 0, host: '127.0.0.1', log: h.log, discord: h.adapter, metrics });
  url = `http://127.0.0.1:${http.port}/discord/interactions`;
}, 15_000);
afterAll(async () => {
  await http?.close();
  await h?.close();
}, 10_000);

const deliver = (payload: Record<string, unknown>, o?: DeliverOptions) =>
  deliverInteraction(h.fake, signer, url, payload, o);

/** Waits until the adapter has finished answering the interaction (edits and follow-ups sent). */
const answered = (it: FakeInteraction) =>
  until(
    () => h.log.lines.some((l) => l.msg === 'discord interaction done' && l.fields.interaction === it.id),
    8000,
    `the answer to ${it.id}`,
  );

/** Requests the bot made for this interaction (callback, edits, follow-ups). */
const traffic = (it: FakeInteraction) =>
  h.fake.requests.filter((r) => r.route.includes(it.token) || r.route.includes(`/interactions/${it.id}/`));

describe('Discord interactions over HTTP (Interactions Endpoint URL), real discord.js REST against the fake', () => {
  it('opens no gateway: the token is checked with one REST call instead', () => {
    expect(h.adapter.mode).toBe('http');
    expect(h.fake.requestsTo('GET', /^\/gateway\/bot$/)).toHaveLength(0);
    expect(h.fake.identifies).toHaveLength(0);
    expect(h.fake.requestsTo('GET', /^\/users\/@me$/)).toHaveLength(1);
    expect(h.log.lines.some((l) => l.msg === 'discord ready' && l.fields.mode === 'http')).toBe(true);
  });

  it('answers a signed PING with PONG', async () => {
    const d = await deliver({
      id: h.fake.snowflake(),
      application_id: h.fake.applicationId,
      type: 1,
      token: 'ping-token',
      version: 1,
    });
    expect(d.status).toBe(200);
    expect(d.json).toEqual({ type: 1 });
  });

  it('/quotes: the HTTP answer is a private deferral, then both Zelenskyy quotes arrive in the edit, mentions off', async () => {
    const d = await deliver(h.fake.chatInput('quotes', {}, { channelId: CHANNEL }));
    expect(d.status).toBe(200);
    expect(d.json).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(d.callbackStatus).toBe(204);
    await answered(d.interaction);
    const it = d.interaction;
    // The deferral went in the HTTP response: nothing was posted to the callback endpoint.
    expect(h.fake.requestsTo('POST', new RegExp(`^/interactions/${it.id}/`))).toHaveLength(0);
    expect(it.original?.flags).toBe(EPHEMERAL);
    const text = [it.original, ...it.followUps].map((m) => embedText(m?.body)).join('\n');
    const quotes = buildDigest(await h.library.resolve(SEED_ID)).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy']);
    for (const q of quotes) expect(text).toContain(q.text);
    expect(text).toContain('showcase control over a situation he does not actually control');
    expect(text).toContain('hinges on the Kursk campaign');
    expect((it.original?.body as { allowed_mentions?: unknown } | undefined)?.allowed_mentions).toEqual({ parse: [] });
  });

  it('/digest defers publicly and edits the deferral into the digest embed', async () => {
    const d = await deliver(h.fake.chatInput('digest', {}, { channelId: CHANNEL }));
    expect(d.json).toEqual({ type: 5, data: { flags: 0 } });
    await answered(d.interaction);
    expect(d.interaction.original?.flags).toBe(0);
    expect(embedText(d.interaction.original?.body)).toContain('57 days to go');
  });

  it('answers with the deferral while the command is still running, and edits it once the command is done', async () => {
    let open = (): void => {};
    const gate = new Promise<void>((r) => (open = r));
    const run = h.bus.run.bind(h.bus);
    h.bus.run = async (...args) => {
      await gate;
      return run(...args);
    };
    try {
      const d = await deliver(h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
      expect(d.json).toEqual({ type: 5, data: { flags: 0 } });
      expect(d.interaction.loading).toBe(true);
      open();
      await answered(d.interaction);
      expect(embedText(d.interaction.original?.body)).toContain('57 days to go');
    } finally {
      open();
      h.bus.run = run;
    }
  });

  it('an error on a public command reaches only the caller', async () => {
    const d = await deliver(h.fake.chatInput('digest', { article: 'no-such-article' }, { channelId: CHANNEL }));
    await answered(d.interaction);
    expect(d.interaction.original?.deleted).toBe(true);
    expect(d.interaction.followUps.map((m) => m.flags)).toEqual([EPHEMERAL]);
    expect(embedText(d.interaction.followUps[0]?.body)).toContain('no-such-article');
  });

  it('takes Manage Channels from member.permissions: refused without it, subscribed with it', async () => {
    const refused = await deliver(
      h.fake.chatInput('subscribe', { schedule: 'daily 08:00' }, { channelId: CHANNEL, permissions: SEND_MESSAGES }),
    );
    await answered(refused.interaction);
    expect(embedText(refused.interaction.original?.body)).toContain('Only people who can manage this channel');
    expect(await h.store.getSubscription('discord', CHANNEL)).toBeNull();
    const ok = await deliver(
      h.fake.chatInput('subscribe', { schedule: 'daily 08:00' }, { channelId: CHANNEL, permissions: MANAGE_CHANNELS }),
    );
    await answered(ok.interaction);
    expect(embedText(ok.interaction.original?.body)).toContain('Subscribed');
    expect(await h.store.getSubscription('discord', CHANNEL)).toMatchObject({ cron: '0 8 * * *' });
    const un = await deliver(h.fake.chatInput('unsubscribe', {}, { channelId: CHANNEL, permissions: MANAGE_CHANNELS }));
    await answered(un.interaction);
    expect(await h.store.getSubscription('discord', CHANNEL)).toBeNull();
  });

  it('in a DM (a user, no member) commands work and managing is refused', async () => {
    const dm = '200000000000000099';
    const countdown = await deliver(h.fake.chatInput('countdown', {}, { channelId: dm, guildId: null }));
    await answered(countdown.interaction);
    expect(embedText(countdown.interaction.original?.body)).toContain('57 days to go');
    const sub = await deliver(h.fake.chatInput('subscribe', { schedule: 'hourly' }, { channelId: dm, guildId: null }));
    await answered(sub.interaction);
    expect(embedText(sub.interaction.original?.body)).toContain(
      'Only channel managers in a server can use /subscribe.',
    );
    expect(await h.store.getSubscription('discord', dm)).toBeNull();
  });

  it('autocompletes article ids and the chosen article\u2019s speakers in the HTTP answer', async () => {
    const a = await deliver(h.fake.autocomplete('quotes', { article: '2024' }, 'article'));
    expect(a.json).toEqual({ type: 8, data: { choices: [{ name: SEED_ID, value: SEED_ID }] } });
    expect(a.callbackStatus).toBe(204);
    const s = await deliver(h.fake.autocomplete('quotes', { article: SEED_ID, speaker: 'zel' }, 'speaker'));
    expect(s.json).toEqual({
      type: 8,
      data: { choices: [{ name: 'Volodymyr Zelenskyy', value: 'Volodymyr Zelenskyy' }] },
    });
  });

  describe('requests Discord did not sign now get 401 and change nothing', () => {
    const other = new InteractionSigner();
    const now = () => Math.floor(Date.now() / 1000);
    const cases: Array<[string, (payload: Record<string, unknown>) => DeliverOptions]> = [
      ['a signature by another key', (p) => ({ signature: other.sign(String(now()), JSON.stringify(p)) })],
      ['no signature', () => ({ signature: null })],
      ['a signature over a different body', () => ({ signature: signer.sign(String(now()), '{"type":1}') })],
      ['a signature that is not hex', () => ({ signature: 'z'.repeat(128) })],
      ['a timestamp 6 minutes old', () => ({ timestamp: now() - 6 * 60 })],
      ['a timestamp 6 minutes ahead', () => ({ timestamp: now() + 6 * 60 })],
    ];
    for (const [name, options] of cases) {
      it(name, async () => {
        const payload = h.fake.chatInput(
          'subscribe',
          { schedule: 'hourly' },
          { channelId: '200000000000000021', permissions: MANAGE_CHANNELS },
        );
        const d = await deliver(payload, options(payload));
        expect(d.status).toBe(401);
        expect(d.text).not.toMatch(/at |Error/);
        await settle();
        expect(traffic(d.interaction)).toHaveLength(0);
        expect(d.interaction.callbacks).toHaveLength(0);
        expect(await h.store.getSubscription('discord', '200000000000000021')).toBeNull();
      });
    }
  });

  it('a malformed body gets 400 and the next command is still answered', async () => {
    const good = h.fake.chatInput('countdown', {}, { channelId: CHANNEL });
    const data = good.data as Record<string, unknown>;
    const bodies: Array<[string, string]> = [
      ['not JSON', '{"type": 2, '],
      ['JSON null', 'null'],
      ['options an object', JSON.stringify({ ...good, data: { ...data, options: { article: SEED_ID } } })],
      ['no id or token', JSON.stringify({ type: 2, data })],
      [
        'permissions not a number',
        JSON.stringify({ ...good, member: { ...(good.member as object), permissions: 'all' } }),
      ],
      [
        'autocomplete with nothing focused',
        JSON.stringify({ ...h.fake.autocomplete('quotes', { article: '2024' }, 'none'), id: h.fake.snowflake() }),
      ],
    ];
    for (const [name, body] of bodies) {
      // Tracked at the fake under a token of its own, so that the last request below is not mistaken for these.
      const d = await deliver(h.fake.chatInput('countdown'), { body });
      expect(d.status, name).toBe(400);
      expect(d.text, name).toBe('malformed interaction\n');
    }
    const next = await deliver(good);
    await answered(next.interaction);
    expect(embedText(next.interaction.original?.body)).toContain('57 days to go');
  });

  it('a second delivery of the same signed request is refused and runs nothing', async () => {
    const payload = h.fake.chatInput('countdown', {}, { channelId: CHANNEL });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await deliver(payload, { timestamp });
    await answered(first.interaction);
    const before = traffic(first.interaction).length;
    const body = JSON.stringify(payload);
    const again = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-timestamp': String(timestamp),
        'x-signature-ed25519': signer.sign(String(timestamp), body),
      },
    });
    expect(again.status).toBe(409);
    await settle();
    expect(traffic(first.interaction)).toHaveLength(before);
  });

  it('an edit that meets a 429 is retried after the wait, and the 429 is counted', async () => {
    h.fake.plan('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, [{ status: 429, retryAfter: 0.01 }]);
    const d = await deliver(h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
    await answered(d.interaction);
    expect(traffic(d.interaction).map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 429', 'PATCH 200']);
    expect(embedText(d.interaction.original?.body)).toContain('57 days to go');
  });

  it('counts command latency and refused requests in /metrics', async () => {
    const res = await fetch(`http://127.0.0.1:${http.port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^herald_command_duration_seconds_count\{platform="discord",command="quotes"\} 1$/m);
    expect(text).toMatch(/^herald_command_duration_seconds_count\{platform="discord",command="subscribe"\} 3$/m);
    expect(text).toMatch(/^herald_http_requests_total\{route="\/discord\/interactions",status="401"\} 6$/m);
    expect(text).toMatch(/^herald_http_requests_total\{route="\/discord\/interactions",status="400"\} 6$/m);
    expect(text).toMatch(/^herald_rate_limited_total\{platform="discord"\} 1$/m);
  });

  // Last: it stops the adapter.
  it('stop() finishes a command still being answered, and refuses new ones meanwhile', async () => {
    let open = (): void => {};
    const gate = new Promise<void>((r) => (open = r));
    const run = h.bus.run.bind(h.bus);
    h.bus.run = async (...args) => {
      await gate;
      return run(...args);
    };
    const d = await deliver(h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
    expect(d.json).toEqual({ type: 5, data: { flags: 0 } });
    let stopped = false;
    const stopping = h.adapter.stop().then(() => (stopped = true));
    const refused = await deliver(h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
    expect(refused.status).toBe(503);
    expect(stopped).toBe(false);
    open();
    await stopping;
    expect(embedText(d.interaction.original?.body)).toContain('57 days to go');
  });
});
