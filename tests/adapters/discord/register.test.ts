import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { registerCommands } from '../../../adapters/discord/register.js';
import { COMMANDS } from '../../../src/commands/registry.js';
import { FakeDiscord } from '../../fakes/discord.js';

let fake: FakeDiscord;
let cwd: string;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  cwd = mkdtempSync(join(tmpdir(), 'herald-register-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(cwd, { recursive: true, force: true });
});

/** Runs a command without blocking the event loop (the fake answers from this same process). */
function run(
  file: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(file, args, { ...opts, encoding: 'utf8', timeout: 15_000 }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      done({ status, stdout, stderr });
    });
  });
}

type Cmd = {
  name: string;
  description: string;
  type: number;
  options: Array<{ name: string; description: string; type: number; required: boolean; autocomplete?: boolean }>;
  default_member_permissions?: string;
  contexts: number[];
};

describe('register-commands', () => {
  it('PUTs valid command JSON for every command of the registry', { timeout: 10_000 }, async () => {
    const res = await registerCommands({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl });
    expect(res).toEqual({ scope: 'global', names: COMMANDS.map((c) => c.name) });
    const [put] = fake.requestsTo('PUT', /^\/applications\/\d+\/commands$/);
    expect(put?.status).toBe(200);
    expect(put?.auth).toBe(`Bot ${fake.token}`);
    const body = put?.body as Cmd[];
    // Exactly what commandJson gave before the options were derived from the zod schemas.
    expect(body).toEqual(
      JSON.parse(readFileSync(new URL('./__snapshots__/command-json.json', import.meta.url), 'utf8')),
    );
    expect(body.map((c) => c.name).sort()).toEqual([
      'articles',
      'countdown',
      'digest',
      'help',
      'quotes',
      'sources',
      'status',
      'subscribe',
      'unsubscribe',
    ]);
    for (const c of body) {
      expect(c.type).toBe(1);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options) {
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect([3, 5]).toContain(o.type);
      }
    }
    const quotes = body.find((c) => c.name === 'quotes');
    expect(quotes?.options).toEqual([
      expect.objectContaining({ name: 'article', type: 3, required: false, autocomplete: true }),
      expect.objectContaining({ name: 'speaker', type: 3, required: false, autocomplete: true }),
      expect.objectContaining({ name: 'public', type: 5, required: false }),
    ]);
    const subscribe = body.find((c) => c.name === 'subscribe');
    expect(subscribe?.options.map((o) => o.name)).toEqual([
      'schedule',
      'timezone',
      'reminders',
      'source',
      'topics',
      'format',
    ]);
    expect(subscribe?.default_member_permissions).toBe(String(1 << 4));
    expect(subscribe?.contexts).toEqual([0]);
    const format = subscribe?.options.find((o) => o.name === 'format') as
      | { choices?: Array<{ name: string; value: string }> }
      | undefined;
    expect(format?.choices).toEqual([
      { name: 'each', value: 'each' },
      { name: 'roundup', value: 'roundup' },
    ]);
    // /status is for anyone in the channel, with an article to ask about.
    const status = body.find((c) => c.name === 'status');
    expect(status?.options).toEqual([
      expect.objectContaining({ name: 'article', type: 3, required: false, autocomplete: true }),
    ]);
    expect(status?.default_member_permissions).toBeUndefined();
    expect(fake.commands.global).toHaveLength(COMMANDS.length);
  });

  it('accepts an API URL given with its version or a trailing slash', { timeout: 10_000 }, async () => {
    const res = await registerCommands({
      token: fake.token,
      applicationId: fake.applicationId,
      guildId: '400000000000000002',
      apiUrl: `${fake.apiUrl}/v10/`,
    });
    expect(res.scope).toBe('guild');
    expect(fake.commands.guilds.get('400000000000000002')).toHaveLength(COMMANDS.length);
  });

  it('registers to one guild with the CLI, and exits 2 without the Discord settings', { timeout: 20_000 }, async () => {
    const tsx = resolve('node_modules/.bin/tsx');
    const cli = resolve('adapters/cli.ts');
    const env = {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const ok = await run(tsx, [cli, 'register-commands', '--guild', '400000000000000001'], { cwd, env });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^registered 9 commands for server 400000000000000001: \/digest /);
    expect(fake.commands.guilds.get('400000000000000001')).toHaveLength(9);

    const missing = await run(tsx, [cli, 'register-commands'], { cwd, env: { PATH: env.PATH } });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });
});
