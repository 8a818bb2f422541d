import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadConfig, ConfigError } from '../src/config.js';
import { createLogger } from '../src/log.js';

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
    expect(loadConfig({})).toMatchObject({ LOG_LEVEL: 'info', HERALD_DB: 'data/herald.db', HERALD_TZ: 'UTC', HERALD_DIGESTS_DIR: 'digests', PORT: 3000, SLACK_COMMAND: '/herald' });
  });

  it('names each bad variable and how to fix it', () => {
    const p = problems({ LOG_LEVEL: 'loud', HERALD_TZ: 'Mars/Olympus', DISCORD_TOKEN: 'abc', SLACK_BOT_TOKEN: 'nope', HERALD_CONSOLE_SCHEDULE: 'soonish', PORT: 'http' });
    expect(p.find((x) => x.startsWith('LOG_LEVEL'))).toBeDefined();
    expect(p.find((x) => x.startsWith('HERALD_TZ'))).toMatch(/IANA/);
    expect(p.find((x) => x.startsWith('DISCORD_APPLICATION_ID'))).toMatch(/required when DISCORD_TOKEN/);
    expect(p.find((x) => x.startsWith('SLACK_BOT_TOKEN'))).toMatch(/xoxb-/);
    expect(p.find((x) => x.startsWith('HERALD_CONSOLE_SCHEDULE'))).toMatch(/schedule/);
    expect(p.find((x) => x.startsWith('PORT'))).toBeDefined();
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
