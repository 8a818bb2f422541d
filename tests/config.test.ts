import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseVariable, loadConfig, httpServerWanted, secretsOf } from '../src/config/config.js';
import { createLogger } from '../src/log.js';
import { ConfigError } from '../src/errors.js';
import { pathProblems } from '../src/config/paths.js';
import { hidePassword } from '../src/store/db-url.js';
import { openStore } from '../src/store/open.js';
import { limitsFrom } from '../src/sources/limits.js';
import { validateHeaderValue } from 'node:http';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('config', () => {
  it('has sensible defaults with nothing set', () => {
    expect(loadConfig({})).toMatchObject({
      LOG_LEVEL: 'info',
      HERALD_DB: 'data/herald.db',
      HERALD_TZ: 'UTC',
      HERALD_DIGESTS_DIR: 'digests',
      PORT: 3000,
      SLACK_COMMAND: '/herald',
    });
  });

  it('names each bad variable and how to fix it', () => {
    const p = problems({
      LOG_LEVEL: 'loud',
      HERALD_TZ: 'Mars/Olympus',
      DISCORD_TOKEN: 'abc',
      SLACK_BOT_TOKEN: 'nope',
      HERALD_CONSOLE_SCHEDULE: 'soonish',
      PORT: 'http',
    });
    expect(p.find((x) => x.startsWith('LOG_LEVEL'))).toBe('LOG_LEVEL must be one of debug, info, warn, error');
    expect(p.find((x) => x.startsWith('HERALD_TZ'))).toMatch(/IANA/);
    expect(p.find((x) => x.startsWith('DISCORD_APPLICATION_ID'))).toMatch(/required when DISCORD_TOKEN/);
    expect(p.find((x) => x.startsWith('SLACK_BOT_TOKEN'))).toMatch(/xoxb-/);
    expect(p.find((x) => x.startsWith('HERALD_CONSOLE_SCHEDULE'))).toMatch(/schedule/);
    // The schedule's own reason, as /subscribe gives it, so the fix is in the message.
    expect(problems({ HERALD_CONSOLE_SCHEDULE: 'daily 7' })[0]).toMatch(
      /^HERALD_CONSOLE_SCHEDULE is not a schedule Herald takes: "7" is not a time of day \(write 07:00 or 19:00/,
    );
    expect(problems({ HERALD_CONSOLE_SCHEDULE: '* * * * * *' })[0]).toMatch(/fires more than once a minute/);
    expect(p.find((x) => x.startsWith('PORT'))).toBeDefined();
  });

  it('a setting left blank (PORT= in .env, an unset variable in a compose file) is its default, never 0 or an error', () => {
    const names = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1] as string);
    const blanks = Object.fromEntries(names.map((n) => [n, ' ']));
    expect(problems(blanks)).toEqual([]);
    const c = loadConfig(blanks);
    expect(c).toEqual(loadConfig({}));
    expect(c).toMatchObject({
      PORT: 3000,
      HERALD_MAX_RETRIES: 3,
      HERALD_SOURCES_KEEP_DAYS: 30,
      HERALD_FETCH_TIMEOUT: 15,
    });
  });

  it('a .env that cannot be read stops Herald with exit 2 and one message naming it, not a crash retried for ever', () => {
    // Running as root, no mode keeps a file from being read; a folder named .env fails the same read.
    const cwd = mkdtempSync(join(tmpdir(), 'herald-env-'));
    mkdirSync(join(cwd, '.env'));
    const run = spawnSync(process.execPath, [join(process.cwd(), 'dist/main.js')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd },
      encoding: 'utf8',
      timeout: 15_000,
      input: '',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Configuration error:\n  - .env in ${cwd} cannot be read (EISDIR)`);
    expect(run.stderr).not.toMatch(/"fatal"|\n\s+at /);
    rmSync(cwd, { recursive: true, force: true });
  });

  it('refuses to start with nothing to run: the terminal off and no platform token', () => {
    expect(problems({ HERALD_CONSOLE: 'off' })).toEqual([
      'HERALD_CONSOLE is off and no platform token is set, so Herald would have nothing to run: set DISCORD_TOKEN or SLACK_BOT_TOKEN, or HERALD_CONSOLE=auto',
    ]);
    expect(problems({ HERALD_CONSOLE: 'off', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual([]);
  });

  it('checks at start that the articles folder and a named sources file exist, and that the folder can be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-paths-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'text');
    expect(pathProblems({ HERALD_DIGESTS_DIR: dir, HERALD_SOURCES_FILE: undefined })).toEqual([]);
    expect(pathProblems({ HERALD_DIGESTS_DIR: join(dir, 'nope'), HERALD_SOURCES_FILE: undefined })[0]).toMatch(
      /^HERALD_DIGESTS_DIR: .*nope does not exist; create the folder \(mkdir -p .*\) or fix the path$/,
    );
    expect(pathProblems({ HERALD_DIGESTS_DIR: file, HERALD_SOURCES_FILE: undefined })[0]).toMatch(
      /^HERALD_DIGESTS_DIR: .*a\.txt is not a folder/,
    );
    expect(pathProblems({ HERALD_DIGESTS_DIR: dir, HERALD_SOURCES_FILE: join(dir, 'sources.json') })[0]).toMatch(
      /^HERALD_SOURCES_FILE: .*sources\.json does not exist; create it .* or unset it$/,
    );
    // A folder the service's user may not read (root reads any, so there the refusal is stood in for).
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0);
    const denied = (): never => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    const list = process.getuid?.() === 0 ? denied : undefined;
    expect(pathProblems({ HERALD_DIGESTS_DIR: locked, HERALD_SOURCES_FILE: undefined }, list)).toEqual([
      `HERALD_DIGESTS_DIR: ${locked} cannot be read by the user Herald runs as (EACCES); let it read the folder (chown or chmod) or run Herald as its owner`,
    ]);
    chmodSync(locked, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  it('.env.example lists every variable the config reads', () => {
    const example = readFileSync('.env.example', 'utf8');
    const keys = Object.keys(loadConfig({}));
    for (const k of keys) expect(example, k).toMatch(new RegExp(`^#?\\s*${k}=`, 'm'));
  });

  it('logs one JSON line per event, filtered by level, with tokens masked', () => {
    const lines: string[] = [];
    const log = createLogger('info', ['xoxb-secret-token'], (l) => lines.push(l));
    log.debug('hidden');
    log.info('posted', { channel: 'c1', article: 'a1', err: new Error('auth failed for xoxb-secret-token') });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({ level: 'info', msg: 'posted', channel: 'c1', article: 'a1' });
    expect(lines[0]).not.toContain('xoxb-secret-token');
    expect(lines[0]).toContain('[redacted]');
  });
});

describe('config: the HTTP server and Discord interactions over HTTP', () => {
  const KEY = 'a1'.repeat(32);
  const discord = { DISCORD_TOKEN: 'bot-token', DISCORD_APPLICATION_ID: '100000000000000001' };
  const slackHttp = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };
  const slackSocket = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };

  it('DISCORD_PUBLIC_KEY must be 64 hex characters; the error names the variable and where to copy it from', () => {
    for (const bad of ['a1'.repeat(31), `${'a1'.repeat(31)}zz`, `${KEY}00`, 'not a key']) {
      const p = problems({ ...discord, DISCORD_PUBLIC_KEY: bad });
      expect(p, bad).toHaveLength(1);
      expect(p[0]).toMatch(/^DISCORD_PUBLIC_KEY .*64 hex characters.*General Information → Public Key/);
    }
    expect(loadConfig({ ...discord, DISCORD_PUBLIC_KEY: KEY.toUpperCase() }).DISCORD_PUBLIC_KEY).toBe(
      KEY.toUpperCase(),
    );
  });

  it('DISCORD_PUBLIC_KEY needs DISCORD_TOKEN, since answers and posts still go through the bot', () => {
    expect(problems({ DISCORD_PUBLIC_KEY: KEY }).find((x) => x.startsWith('DISCORD_TOKEN'))).toMatch(
      /required when DISCORD_PUBLIC_KEY/,
    );
  });

  it('HERALD_HTTP is auto, on or off; auto listens only when Slack HTTP mode or Discord interactions need it', () => {
    expect(loadConfig({}).HERALD_HTTP).toBe('auto');
    expect(problems({ HERALD_HTTP: 'yes' })[0]).toMatch(/^HERALD_HTTP must be auto, on or off/);
    expect(httpServerWanted(loadConfig({}))).toBe(false);
    expect(httpServerWanted(loadConfig({ HERALD_HTTP: 'on' }))).toBe(true);
    expect(httpServerWanted(loadConfig(slackHttp))).toBe(true);
    expect(httpServerWanted(loadConfig(slackSocket))).toBe(false);
    expect(httpServerWanted(loadConfig({ ...slackSocket, HERALD_HTTP: 'on' }))).toBe(true);
    expect(httpServerWanted(loadConfig(discord))).toBe(false);
    expect(httpServerWanted(loadConfig({ ...discord, DISCORD_PUBLIC_KEY: KEY }))).toBe(true);
    expect(httpServerWanted(loadConfig({ ...slackSocket, HERALD_HTTP: 'off' }))).toBe(false);
  });

  it('HERALD_HTTP=off is refused when Slack HTTP mode or DISCORD_PUBLIC_KEY needs the server, naming both fixes', () => {
    const p = problems({ ...slackHttp, ...discord, DISCORD_PUBLIC_KEY: KEY, HERALD_HTTP: 'off' });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^HERALD_HTTP is off but Slack HTTP mode .* and Discord interactions over HTTP .*HERALD_HTTP=auto/,
    );
  });

  it('HERALD_HTTP_HOST is an address, and .env.example documents every HTTP setting', () => {
    expect(loadConfig({ HERALD_HTTP_HOST: '127.0.0.1' }).HERALD_HTTP_HOST).toBe('127.0.0.1');
    expect(problems({ HERALD_HTTP_HOST: 'http://0.0.0.0/' })[0]).toMatch(/^HERALD_HTTP_HOST must be an address/);
    expect(problems({ HERALD_HTTP_HOST: '999.1.1.1' })[0]).toMatch(/^HERALD_HTTP_HOST must be an address/);
    const example = readFileSync('.env.example', 'utf8');
    for (const k of ['DISCORD_PUBLIC_KEY', 'HERALD_HTTP', 'HERALD_HTTP_HOST', 'PORT'])
      expect(example, k).toMatch(new RegExp(`^# .+\\n${k}=`, 'm'));
  });

  it('reads a leading ~ in a path as the home folder, as a shell would, since .env does not expand it', () => {
    const c = loadConfig({ HERALD_DIGESTS_DIR: '~/news', HERALD_DB: '~/herald/herald.db', HERALD_SOURCES_FILE: '~' });
    expect(c.HERALD_DIGESTS_DIR).toBe(join(homedir(), 'news'));
    expect(c.HERALD_DB).toBe(join(homedir(), 'herald/herald.db'));
    expect(c.HERALD_SOURCES_FILE).toBe(homedir());
    // Only a leading ~ alone or before a slash: anything else is a name as written.
    expect(loadConfig({ HERALD_DIGESTS_DIR: '~news', HERALD_DB: 'data/~/x.db' })).toMatchObject({
      HERALD_DIGESTS_DIR: '~news',
      HERALD_DB: 'data/~/x.db',
    });
  });

  it('takes a PostgreSQL URL in HERALD_DB, or DATABASE_URL when HERALD_DB is not set, and masks its password in logs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://herald:pw-1234567@db:5432/herald' }).HERALD_DB).toBe(
      'postgres://herald:pw-1234567@db:5432/herald',
    );
    expect(loadConfig({ HERALD_DB: 'data/own.db', DATABASE_URL: 'postgres://x@db/y' }).HERALD_DB).toBe('data/own.db');
    // .env.example leaves HERALD_DB empty: empty is unset, so DATABASE_URL still counts.
    expect(loadConfig({ HERALD_DB: '', DATABASE_URL: 'postgres://x@db/y' }).HERALD_DB).toBe('postgres://x@db/y');
    expect(loadConfig({ HERALD_DB: ' ' }).HERALD_DB).toBe('data/herald.db');
    expect(problems({ HERALD_DB: 'postgres://' })[0]).toMatch(/^HERALD_DB is not a valid postgres:\/\/ URL/);
    // Any other URL is refused, not taken for a file name.
    expect(problems({ HERALD_DB: 'mysql://herald@db/herald' })[0]).toMatch(
      /^HERALD_DB is a URL Herald cannot use: give a SQLite file path .* or a postgres:\/\/ URL/,
    );
    expect(secretsOf(loadConfig({ HERALD_DB: 'postgres://herald:pw-1234567@db:5432/herald' }))).toContain('pw-1234567');
    expect(readFileSync('.env.example', 'utf8')).toMatch(/^# .+\nDATABASE_URL=/m);
  });

  it('masks the whole database password, even one typed with an unencoded @ or %, and starts with it', () => {
    // pg takes the password up to the last @ and keeps a % that starts no escape: so does the masking.
    const at = loadConfig({ HERALD_DB: 'postgres://herald:s3cr3t@pw@db:5432/herald' });
    expect(secretsOf(at)).toContain('s3cr3t@pw');
    expect(hidePassword(at.HERALD_DB)).toBe('postgres://herald:***@db:5432/herald');
    // Before, "50%off" stopped Herald at start with "fatal URIError: URI malformed".
    const percent = loadConfig({ HERALD_DB: 'postgres://herald:50%off@db:5432/herald' });
    expect(secretsOf(percent)).toContain('50%off');
    expect(hidePassword(percent.HERALD_DB)).toBe('postgres://herald:***@db:5432/herald');
    expect(secretsOf(loadConfig({ HERALD_DB: 'postgres://herald:p%40ss@db/herald' }))).toContain('p@ss');
  });

  it('takes a contact URL in any script and sends it in a User-Agent every request can carry', () => {
    // Before, the config took it and every fetch then failed: 'Invalid character in header content ["user-agent"]'.
    for (const contact of ['https://пример.рф/бот', 'mailto:редакция@example.org']) {
      const c = loadConfig({ HERALD_FETCH_CONTACT: contact });
      const ua = limitsFrom(c).userAgent;
      expect(() => validateHeaderValue('user-agent', ua)).not.toThrow();
      expect(ua).toMatch(/^Herald\/\S+ \(\+(?:https:\/\/xn--e1afmkfd\.xn--p1ai\/%D0%B1|mailto:%D1%80)/);
    }
    expect(problems({ HERALD_FETCH_CONTACT: 'https://[oops' })).toEqual([
      'HERALD_FETCH_CONTACT must be an http(s) or mailto: URL',
    ]);
  });

  it('masks a password given as a query parameter, as pg and libpq also read it', () => {
    // Before, "herald started" and a connection error printed this URL with its password in full.
    const c = loadConfig({ DATABASE_URL: 'postgres://herald@db:5432/herald?sslmode=require&password=Tr0ub4dor%263' });
    expect(hidePassword(c.HERALD_DB)).toBe('postgres://herald@db:5432/herald?sslmode=require&password=***');
    const lines: string[] = [];
    createLogger('info', secretsOf(c), (l) => lines.push(l)).error('cannot connect', {
      url: c.HERALD_DB,
      err: new Error('password authentication failed for "Tr0ub4dor&3"'),
    });
    expect(lines.join('')).not.toMatch(/Tr0ub4dor/);
    expect(hidePassword('data/password=x.db')).toBe('data/password=x.db');
  });
});

describe('config: what a bad setting is told', () => {
  it('says each setting problem once, naming the variable the user set and what is wrong', async () => {
    expect(problems({ DISCORD_API_URL: 'discord.com/api', SLACK_API_URL: 'ftp://x' })).toEqual([
      'DISCORD_API_URL must be an http(s) URL, e.g. https://example.org/api',
      'SLACK_API_URL must be an http(s) URL, e.g. https://example.org/api',
    ]);
    // A 1 is digits; what is wrong is that a Discord id is 17–20 of them.
    expect(problems({ DISCORD_APPLICATION_ID: '1' })).toEqual([
      'DISCORD_APPLICATION_ID must be a Discord id of 17–20 digits: copy Application ID from Developer Portal → your app → General Information',
    ]);
    expect(problems({ DISCORD_GUILD_ID: '12345' })[0]).toMatch(
      /^DISCORD_GUILD_ID must be a Discord server id of 17–20 digits/,
    );
    expect(loadConfig({ HERALD_TZ: 'europe/kyiv' }).HERALD_TZ).toBe('Europe/Kyiv');
    // Written in capitals, as other services' settings often are.
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).LOG_LEVEL).toBe('debug');
    // Read by the runtime as Asia/Dhaka, "BST" would move every default schedule by five hours.
    expect(problems({ HERALD_TZ: 'BST' })).toEqual([
      'HERALD_TZ "BST" may mean British Summer Time or Bangladesh Standard Time: give the place instead, e.g. Europe/London or Asia/Dhaka',
    ]);
    expect(problems({ HERALD_ADMINS: 'not ids!' })).toEqual([
      'HERALD_ADMINS must be Slack user ids separated by commas, e.g. U012AB3CD,W0456EFGH (in Slack: a profile → ⋯ → Copy member ID); "not ids!" is not one',
    ]);
    expect(loadConfig({ HERALD_ADMINS: 'U012AB3CD, W0456EFGH' }).HERALD_ADMINS).toEqual(['U012AB3CD', 'W0456EFGH']);
    // The database from DATABASE_URL is reported as DATABASE_URL, at start and when it cannot be opened.
    expect(problems({ DATABASE_URL: 'postgres://' })[0]).toMatch(/^DATABASE_URL is not a valid postgres:\/\/ URL/);
    const env = { DATABASE_URL: 'postgres://u:p@127.0.0.1:1/db' };
    await expect(openStore(loadConfig(env).HERALD_DB, databaseVariable(env))).rejects.toThrow(
      /^DATABASE_URL=postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db: cannot use the PostgreSQL database/,
    );
  });
});
