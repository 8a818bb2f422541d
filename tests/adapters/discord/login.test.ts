import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../../adapters/discord/index.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { harness, interact, embedText, memoryLogger, until, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Discord adapter: login', () => {
  it('logs in against the fake and reaches ready with no intents', { timeout: 15_000 }, async () => {
    h = await harness();
    expect(h.adapter.readinessProblems()).toEqual([]);
    expect(h.fake.requestsTo('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0]?.intents).toBe(0);
    expect(h.fake.identifies[0]?.token).toBe(h.fake.token);
    expect(h.log.lines.some((l) => l.msg === 'discord ready')).toBe(true);
  });

  it('resumes after the gateway connection drops and goes on answering', { timeout: 15_000 }, async () => {
    h = await harness();
    const x = h;
    x.fake.dropGateway();
    await until(() => x.fake.connected > 0, 10_000, 'the bot to reconnect');
    const it = await interact(x, x.fake.chatInput('countdown'));
    expect(embedText(it.original?.body)).toContain('57 days to go');
    expect(x.log.lines.some((l) => l.msg === 'discord gateway disconnected; reconnecting')).toBe(true);
    // The library resumed the session (op 6) rather than identifying again.
    expect(x.fake.identifies).toHaveLength(1);
    expect(x.log.lines.some((l) => l.msg === 'discord gateway resumed')).toBe(true);
  });

  it("keeps each bot's gateway session to itself: a second bot in the process identifies, not resumes", {
    timeout: 15_000,
  }, async () => {
    h = await harness();
    const other = await FakeDiscord.start({ token: 'other-bot-token' });
    const log = memoryLogger();
    const adapter = new DiscordAdapter({
      token: other.token,
      applicationId: other.applicationId,
      apiUrl: other.apiUrl,
      log,
      readyTimeoutMs: 5000,
    });
    try {
      await adapter.start(h.bus);
      expect(other.identifies.map((i) => i.token)).toEqual(['other-bot-token']);
      expect(adapter.readinessProblems()).toEqual([]);
      expect(log.lines.some((l) => l.msg === 'discord gateway resumed')).toBe(false);
      // The first bot's session is untouched and still answers.
      const it = await interact(h, h.fake.chatInput('countdown'));
      expect(embedText(it.original?.body)).toContain('57 days to go');
    } finally {
      await adapter.stop();
      await other.close();
    }
  });

  it('fails start() with a clear error when the token is refused', { timeout: 15_000 }, async () => {
    const fake = await FakeDiscord.start();
    const adapter = new DiscordAdapter({
      token: 'wrong-token',
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      log: memoryLogger(),
      restOptions: { timeout: 2000 },
    });
    try {
      // Checked with one REST call before any gateway connection.
      await expect(adapter.start(undefined as never)).rejects.toThrow(
        /did not accept the bot token \(HTTP 401\): check DISCORD_TOKEN/,
      );
      expect(fake.requestsTo('GET', /^\/users\/@me$/).map((r) => r.status)).toEqual([401]);
      expect(fake.requestsTo('GET', /^\/gateway\/bot$/)).toHaveLength(0);
      expect(fake.identifies).toHaveLength(0);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('Discord out of reach is said as such, not blamed on the token', { timeout: 15_000 }, async () => {
    const adapter = new DiscordAdapter({
      token: 'any-token',
      applicationId: '123456789012345678',
      // A port nothing listens on: the request never gets an answer.
      apiUrl: 'http://127.0.0.1:1/api',
      log: memoryLogger(),
      restOptions: { timeout: 2000, retries: 0 },
    });
    try {
      const err = await adapter.start(undefined as never).catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'PlatformStartError', code: 'unreachable' });
      expect((err as Error).message).toMatch(
        /^Discord could not be reached \(.*\): check the network or proxy, and DISCORD_API_URL$/,
      );
    } finally {
      await adapter.stop();
    }
  });

  it('with a public key (HTTP interactions), start() checks the token over REST and fails naming DISCORD_TOKEN', {
    timeout: 15_000,
  }, async () => {
    const fake = await FakeDiscord.start();
    const adapter = new DiscordAdapter({
      token: 'wrong-token',
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      log: memoryLogger(),
      restOptions: { timeout: 2000 },
      publicKey: 'ab'.repeat(32),
    });
    try {
      await expect(adapter.start(undefined as never)).rejects.toThrow(
        /did not accept the bot token \(HTTP 401\): check DISCORD_TOKEN/,
      );
      expect(fake.requestsTo('GET', /^\/users\/@me$/).map((r) => r.status)).toEqual([401]);
      expect(fake.requestsTo('GET', /^\/gateway\/bot$/)).toHaveLength(0);
      expect(adapter.readinessProblems()).toEqual(['discord: not started']);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('refuses a public key that is not 64 hex characters at construction', () => {
    expect(
      () =>
        new DiscordAdapter({ token: 't', applicationId: '100000000000000001', log: memoryLogger(), publicKey: 'abc' }),
    ).toThrow(/DISCORD_PUBLIC_KEY must be 64 hex characters/);
  });
});
