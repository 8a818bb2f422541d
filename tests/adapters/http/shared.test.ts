import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, type HttpServer } from '../../../adapters/http/server.js';
import { PromMetrics } from '../../../adapters/http/prom-metrics.js';
import { SlackAdapter } from '../../../adapters/slack/index.js';
import type { Reply } from '../../../src/chat/reply.js';
import { FakeSlack, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, signRequest, slashCommand } from '../../fakes/slack.js';
import { InteractionSigner, deliverInteraction } from '../../fakes/discord-http.js';
import { embedText, harness, until, type Harness } from '../discord/harness.js';
import { SEED_QUOTES, TEST_RETRY, USERS, blockTexts } from '../slack/harness.js';

// Slack in HTTP mode and Discord over HTTP on one server, as behind a load balancer: the real Bolt
// and discord.js against the fakes, the same bus, one /metrics.
const signer = new InteractionSigner();
const NOTICE: Reply = {
  visibility: 'channel',
  kind: 'info',
  parts: [{ text: 'A short notice for the metrics test.' }],
};
let h: Harness;
let slackFake: FakeSlack;
let slack: SlackAdapter;
let metrics: PromMetrics;
let http: HttpServer;
let base: string;
const dbProblems: string[] = [];

beforeAll(async () => {
  metrics = new PromMetrics({ processMetrics: false });
  h = await harness({ publicKey: signer.publicKey, metrics });
  slackFake = await new FakeSlack({ users: USERS }).start();
  slack = new SlackAdapter({
    botToken: FAKE_BOT_TOKEN,
    signingSecret: FAKE_SIGNING_SECRET,
    apiUrl: slackFake.apiUrl,
    command: '/herald',
    admins: [],
    log: h.log,
    retryConfig: TEST_RETRY,
    rateLimit: { maxRetries: 2, maxWaitMs: 5000 },
    metrics,
  });
  await slack.start(h.bus);
  http = await startHttp({
    port: 0,
    host: '127.0.0.1',
    log: h.log,
    slack,
    discord: h.adapter,
    metrics,
    readiness: async () => dbProblems,
  });
  base = `http://127.0.0.1:${http.port}`;
}, 20_000);
afterAll(async () => {
  await http?.close();
  await slack?.stop();
  await slackFake?.stop();
  await h?.close();
}, 10_000);

const scrape = async () => (await fetch(`${base}/metrics`)).text();

describe('one HTTP server for Slack and Discord', () => {
  it('the adapters themselves listen on nothing: the one server serves both', () => {
    expect(slack.mode).toBe('http');
    expect(slack.port).toBeNull();
    expect(h.fake.identifies).toHaveLength(0);
  });

  it('answers Slack\u2019s /herald quotes and Discord\u2019s /quotes on the same port, both quotes each', async () => {
    const url = slackFake.responseUrl();
    const body = new URLSearchParams(slashCommand({ text: 'quotes', response_url: url })).toString();
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signRequest(FAKE_SIGNING_SECRET, body) },
    });
    expect(res.status).toBe(200);
    await slackFake.waitFor(() => slackFake.responsesTo(url).length >= 1, 5000, 'the Slack answer');
    const slackText = blockTexts(slackFake.responsesTo(url)[0]?.body.blocks).join('\n');
    for (const q of SEED_QUOTES) expect(slackText).toContain(q);

    const d = await deliverInteraction(h.fake, signer, `${base}/discord/interactions`, h.fake.chatInput('quotes'));
    expect(d.json).toEqual({ type: 5, data: { flags: 64 } });
    await until(
      () => h.log.lines.some((l) => l.msg === 'discord interaction done' && l.fields.interaction === d.interaction.id),
      8000,
      'the Discord answer',
    );
    const discordText = embedText(d.interaction.original?.body);
    for (const q of SEED_QUOTES) expect(discordText).toContain(q);
  });

  it('/metrics has each platform\u2019s command latency and counts the 429s of both platforms', async () => {
    h.fake.plan('POST', /^\/channels\/\d+\/messages$/, [{ status: 429, retryAfter: 0.01 }]);
    await h.adapter.post('200000000000000030', NOTICE, 'metrics-test');
    slackFake.failNext('chat.postMessage', 1, 0);
    await slack.post('C0NEWS', NOTICE, 'metrics-test');
    const text = await scrape();
    expect(text).toMatch(/^herald_command_duration_seconds_count\{platform="slack",command="quotes"\} 1$/m);
    expect(text).toMatch(/^herald_command_duration_seconds_count\{platform="discord",command="quotes"\} 1$/m);
    expect(text).toMatch(/^herald_rate_limited_total\{platform="discord"\} 1$/m);
    expect(text).toMatch(/^herald_rate_limited_total\{platform="slack"\} 1$/m);
    expect(text).toMatch(/^herald_http_requests_total\{route="\/slack\/events",status="200"\} 1$/m);
  });

  it('/readyz combines the readiness callback and the adapters', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    dbProblems.push('database: not reachable');
    const r = await fetch(`${base}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.text()).toBe('database: not reachable\n');
    dbProblems.length = 0;
    await slack.stop();
    const stopped = await fetch(`${base}/readyz`);
    expect(stopped.status).toBe(503);
    expect(await stopped.text()).toBe('slack: not started\n');
    // A stopped adapter takes no more requests.
    const body = new URLSearchParams(slashCommand({ text: 'help', response_url: slackFake.responseUrl() })).toString();
    const late = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signRequest(FAKE_SIGNING_SECRET, body) },
    });
    expect(late.status).toBe(503);
  });
});
