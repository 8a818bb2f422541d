import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SlackAdapter } from '../../../adapters/slack/index.js';
import { ArticleLibrary } from '../../../src/library/library.js';
import { CommandBus } from '../../../src/commands/bus.js';
import { COMMANDS } from '../../../src/commands/registry.js';
import { silentLogger } from '../../../src/log.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { FakeSlack, FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FAKE_SCOPES, FAKE_SIGNING_SECRET } from '../../fakes/slack.js';
import { TEST_RETRY } from './harness.js';

describe('Slack adapter start-up', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });
  const bus = async () => {
    const store = await SqliteStore.open(':memory:');
    cleanup.push(() => store.close());
    const library = new ArticleLibrary('digests', store.articles);
    return new CommandBus({ library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} }, silentLogger, {
      now: () => new Date(),
    });
  };
  const adapter = (fake: FakeSlack, tokens: { botToken: string; appToken?: string; signingSecret?: string }) => {
    const a = new SlackAdapter({
      ...tokens,
      apiUrl: fake.apiUrl,
      port: 0,
      host: '127.0.0.1',
      command: '/herald',
      admins: [],
      log: silentLogger,
      retryConfig: TEST_RETRY,
    });
    cleanup.push(() => a.stop());
    return a;
  };
  const fake = async () => {
    const f = await new FakeSlack().start();
    cleanup.push(() => f.stop());
    return f;
  };

  it('needs a signing secret or an app token', () => {
    expect(
      () => new SlackAdapter({ botToken: FAKE_BOT_TOKEN, port: 0, command: '/herald', admins: [], log: silentLogger }),
    ).toThrow(/SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/);
  });

  it('a wrong bot token fails start() with the variable to fix', async () => {
    const f = await fake();
    const a = adapter(f, { botToken: 'xoxb-wrong', signingSecret: FAKE_SIGNING_SECRET });
    await expect(a.start(await bus())).rejects.toThrow(/invalid_auth.*SLACK_BOT_TOKEN/);
    await expect(a.start(await bus())).rejects.toMatchObject({ code: 'refused' });
  });

  it('Slack out of reach is said as such, not blamed on the token', async () => {
    // A port nothing listens on: the request never gets an answer.
    const closed = { apiUrl: 'http://127.0.0.1:1/api/' } as FakeSlack;
    const a = adapter(closed, { botToken: FAKE_BOT_TOKEN, signingSecret: FAKE_SIGNING_SECRET });
    const err = await a.start(await bus()).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PlatformStartError', code: 'unreachable' });
    expect((err as Error).message).toMatch(
      /^Slack could not be reached \(.*\): check the network or proxy, and SLACK_API_URL$/,
    );
    expect((err as Error).message).not.toMatch(/SLACK_BOT_TOKEN/);
  });

  it('a wrong app token fails start() in Socket Mode with the variable to fix, without retrying forever', async () => {
    const f = await fake();
    const a = adapter(f, { botToken: FAKE_BOT_TOKEN, appToken: 'xapp-wrong' });
    await expect(a.start(await bus())).rejects.toThrow(/invalid_auth.*SLACK_APP_TOKEN/);
    expect(f.calls('apps.connections.open')).toHaveLength(1);
  });

  it('when both tokens are set, Socket Mode wins and no port is opened', async () => {
    const f = await fake();
    const a = adapter(f, { botToken: FAKE_BOT_TOKEN, appToken: FAKE_APP_TOKEN, signingSecret: FAKE_SIGNING_SECRET });
    await a.start(await bus());
    expect(a.mode).toBe('socket');
    expect(a.port).toBeNull();
    expect(f.socketCount).toBe(1);
  });

  it('the manifest declares /herald, the scopes the adapter uses, Socket Mode on and interactivity off', () => {
    const m = parse(readFileSync('adapters/slack/manifest.yml', 'utf8'));
    expect(m.display_information.name).toBe('Herald');
    expect(m.features.slash_commands).toHaveLength(1);
    expect(m.features.slash_commands[0]).toMatchObject({ command: '/herald' });
    const hint: string = m.features.slash_commands[0].usage_hint;
    expect(hint.length).toBeGreaterThan(0);
    expect(hint.length).toBeLessThanOrEqual(1000); // Slack's manifest schema
    // Every command, and the options /subscribe gained for channel feeds.
    for (const c of COMMANDS) expect(hint).toMatch(new RegExp(`(^|\\| )${c.name}\\b`));
    expect(hint).toContain(
      'subscribe [daily 08:00 Europe/Kyiv] [source:ID,…] [topics:"kursk, -football"] [format:each|roundup]',
    );
    expect(hint).toContain('status [article:ID]');
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:write',
      'users:read',
    ]);
    // The fake grants what the manifest asks for, so the adapter tests run with the scopes an install has.
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([...FAKE_SCOPES].sort());
    expect(m.settings).toMatchObject({ socket_mode_enabled: true, interactivity: { is_enabled: false } });
  });
});
