import { isIPv4 } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { z } from 'zod';
import { canonicalTimeZone, isTimeZone } from '../time/calendar.js';
import { ambiguousZone } from '../time/zone-names.js';
import { parseSchedule } from '../schedule/schedule-spec.js';
import { parseInterval } from '../time/interval.js';
import { ConfigError } from '../errors.js';
import { pairProblems } from './pairs.js';
import { dbPasswords } from '../store/db-url.js';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

// The variable's name is put in front of every message by loadConfig, so the message does not repeat it.
const url = optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
  message: 'must be an http(s) URL, e.g. https://example.org/api',
});

// A path as a shell would take it: .env files and systemd's EnvironmentFile do not expand a leading
// ~, which would otherwise name a folder called "~" in the working directory.
const fromHome = (v: string): string => v.replace(/^~(?=$|[/\\])/, homedir());

// Discord ids ("snowflakes") are 17–20 digits; anything shorter is a typo or a placeholder.
const SNOWFLAKE = /^\d{17,20}$/;

// Slack user ids (U… or W…, capitals and digits), the only ids HERALD_ADMINS is read for.
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

const schema = z.object({
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase() // "INFO", as other services' settings write it
    .pipe(z.enum(['debug', 'info', 'warn', 'error'], { message: 'must be one of debug, info, warn, error' }))
    .default('info'),
  HERALD_DIGESTS_DIR: z.string().trim().min(1).default('digests').transform(fromHome),
  HERALD_DB: z
    .string()
    .trim()
    .min(1)
    .default('data/herald.db')
    .refine((v) => !/^postgres(?:ql)?:/i.test(v) || (URL.canParse(v) && new URL(v).hostname !== ''), {
      message: 'is not a valid postgres:// URL; write postgres://user:password@host:5432/database',
    })
    // Any other URL would be taken for a file name ("mysql://x" → a folder "mysql:").
    .refine((v) => /^postgres(?:ql)?:/i.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), {
      message: 'is a URL Herald cannot use: give a SQLite file path (e.g. data/herald.db) or a postgres:// URL',
    })
    .transform(fromHome),
  HERALD_TZ: z
    .string()
    .trim()
    .default('UTC')
    .refine(isTimeZone, { message: 'is not an IANA time zone; use e.g. Europe/Kyiv or UTC' })
    .refine((tz) => !ambiguousZone(tz), { error: (i) => `"${String(i.input)}" ${ambiguousZone(String(i.input))}` })
    .transform(canonicalTimeZone),
  HERALD_CONSOLE_SCHEDULE: z
    .string()
    .trim()
    .default('every minute')
    // The parser's own reason, as /subscribe gives it: a bare hour ("daily 7") or a sub-minute cron
    // is told what to write instead, not only that it is wrong.
    .superRefine((s, ctx) => {
      const why = failure(() => parseSchedule(s));
      if (why !== null) ctx.addIssue({ code: 'custom', message: `is not a schedule Herald takes: ${why}` });
    }),
  HERALD_CONSOLE: z.enum(['auto', 'on', 'off'], { message: 'must be auto, on or off' }).default('auto'),
  HERALD_MAX_RETRIES: z.coerce.number({ message: 'must be a whole number 0–10' }).int().min(0).max(10).default(3),
  HERALD_ADMINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .superRefine((ids, ctx) => {
      const bad = ids.filter((id) => !SLACK_USER_ID.test(id));
      if (bad.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `must be Slack user ids separated by commas, e.g. U012AB3CD,W0456EFGH (in Slack: a profile → ⋯ → Copy member ID); ${bad.map((b) => `"${b}"`).join(', ')} is not one`,
        });
    }),
  HERALD_SOURCES_FILE: optional.transform((v) => (v === undefined ? v : fromHome(v))),
  HERALD_SOURCES_EVERY: z
    .string()
    .trim()
    .default('15 minutes')
    .refine((s) => parseInterval(s) !== null, {
      message: 'is not an interval; use e.g. "15 minutes", "1 hour" (1 minute to 7 days)',
    })
    .transform((s) => parseInterval(s) ?? 15),
  HERALD_SOURCES_KEEP_DAYS: z.coerce
    .number({ message: 'must be a whole number of days 0–3650 (0 keeps them for ever)' })
    .int()
    .min(0)
    .max(3650)
    .default(30),
  HERALD_SOURCES_ALLOW_PRIVATE: z.enum(['on', 'off'], { message: 'must be on or off' }).default('off'),
  HERALD_FETCH_TIMEOUT: z.coerce.number({ message: 'must be a number of seconds 1–120' }).min(1).max(120).default(15),
  HERALD_FETCH_MAX_BYTES: z.coerce
    .number({ message: 'must be a whole number of bytes 10000–100000000' })
    .int()
    .min(10_000)
    .max(100_000_000)
    .default(5_000_000),
  HERALD_FETCH_CONTACT: optional
    .refine((v) => v === undefined || (/^(?:https?:\/\/|mailto:)\S+$/.test(v) && URL.canParse(v)), {
      message: 'must be an http(s) or mailto: URL',
    })
    // It goes into the User-Agent header, which takes no letters outside Latin-1: "https://пример.рф"
    // made every fetch fail. Written as the URL standard encodes it (punycode host, %-escapes), it reaches.
    .transform((v) => (v === undefined ? v : new URL(v).href)),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || SNOWFLAKE.test(v), {
    message:
      'must be a Discord id of 17–20 digits: copy Application ID from Developer Portal → your app → General Information',
  }),
  DISCORD_GUILD_ID: optional.refine((v) => v === undefined || SNOWFLAKE.test(v), {
    message: 'must be a Discord server id of 17–20 digits: right-click the server → Copy Server ID (Developer Mode on)',
  }),
  DISCORD_API_URL: url,
  DISCORD_PUBLIC_KEY: optional.refine((v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v), {
    message: 'must be the 64 hex characters of Developer Portal → your app → General Information → Public Key',
  }),
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'must be a bot token starting with xoxb-',
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'must be an app-level token starting with xapp-',
  }),
  SLACK_API_URL: url,
  SLACK_COMMAND: z
    .string()
    .trim()
    .regex(/^\/[a-z0-9_-]{1,31}$/, 'must look like /herald')
    .default('/herald'),
  PORT: z.coerce.number({ message: 'must be a port number 0–65535' }).int().min(0).max(65535).default(3000),
  HERALD_HTTP: z.enum(['auto', 'on', 'off'], { message: 'must be auto, on or off' }).default('auto'),
  HERALD_HTTP_HOST: optional.refine(
    (v) => v === undefined || (/^[^\s/]+$/.test(v) && (!/^[\d.]+$/.test(v) || isIPv4(v))),
    {
      message: 'must be an address to listen on, e.g. 0.0.0.0, :: or 127.0.0.1',
    },
  ),
});

export type Config = z.infer<typeof schema>;

/**
 * The variable Config.HERALD_DB came from: DATABASE_URL when HERALD_DB is blank and DATABASE_URL is
 * set, else HERALD_DB. Messages about the database name it, so they name what the user actually set.
 */
export function databaseVariable(env: Record<string, string | undefined> = process.env): 'HERALD_DB' | 'DATABASE_URL' {
  const blank = (k: string) => (env[k] ?? '').trim() === '';
  return blank('HERALD_DB') && !blank('DATABASE_URL') ? 'DATABASE_URL' : 'HERALD_DB';
}

/**
 * Reads settings from `env` (default: process.env, after loading `.env` if present), validated with zod.
 * Throws ConfigError listing every bad variable with how to fix it.
 */
export function loadConfig(env: Record<string, string | undefined> = readEnv()): Config {
  // DATABASE_URL (as hosting platforms set it) is the database when HERALD_DB is not given.
  // A blank HERALD_DB (as .env.example leaves it) is not set: DATABASE_URL, else the default file.
  const dbFrom = databaseVariable(env);
  const blank = (env.HERALD_DB ?? '').trim() === '';
  const db = blank ? { HERALD_DB: dbFrom === 'DATABASE_URL' ? env.DATABASE_URL : undefined } : {};
  const parsed = schema.safeParse({ ...unsetBlanks(env), ...db });
  const name = (key: string): string => (key === 'HERALD_DB' ? dbFrom : key);
  // Settings that only make sense together are checked on the raw values, so every problem shows at once.
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${name(String(i.path[0] ?? 'config'))} ${i.message}`)),
    ...pairProblems(env),
  ];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(problems);
}

// A variable set to nothing (`PORT=` in .env, or `PORT=${PORT}` in a compose file with PORT unset) is
// not set, as .env.example's blank lines mean: zod would read '' as the number 0 (a random port, no
// retries, articles kept for ever) or refuse it with a message about its length.
function unsetBlanks(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
}

/**
 * Whether Herald's HTTP server should listen: when Slack runs in HTTP mode or Discord interactions
 * come over HTTP, or always with HERALD_HTTP=on (for /healthz, /readyz and /metrics).
 */
export function httpServerWanted(c: Config): boolean {
  if (c.HERALD_HTTP === 'on') return true;
  if (c.HERALD_HTTP === 'off') return false;
  const slackHttp = !!c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN;
  const discordHttp = !!c.DISCORD_TOKEN && !!c.DISCORD_PUBLIC_KEY;
  return slackHttp || discordHttp;
}

/** The secrets in a config, for masking in logs (a database URL's password among them). */
export function secretsOf(c: Config): string[] {
  return [
    c.DISCORD_TOKEN,
    c.SLACK_BOT_TOKEN,
    c.SLACK_SIGNING_SECRET,
    c.SLACK_APP_TOKEN,
    ...dbPasswords(c.HERALD_DB),
  ].filter((s): s is string => !!s);
}

function readEnv(): Record<string, string | undefined> {
  if (!existsSync('.env')) return process.env;
  try {
    // Read first for the true reason: loadEnvFile reports a file it may not read as missing (ENOENT).
    readFileSync('.env');
    process.loadEnvFile('.env');
  } catch (err) {
    // A .env the service's user cannot read (root's, mode 600) is a setting to fix, not a crash to retry.
    const why = (err as { code?: string } | null)?.code ?? (err instanceof Error ? err.message : String(err));
    throw new ConfigError([
      `.env in ${process.cwd()} cannot be read (${why}): let the user Herald runs as read it (chown or chmod), or remove it`,
    ]);
  }
  return process.env;
}

// Why fn throws, or null when it does not.
function failure(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
