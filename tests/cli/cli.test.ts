import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HERALD_CLI } from '../support/build.js';

function herald(
  args: string[],
  input?: string,
  env: NodeJS.ProcessEnv = process.env,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...HERALD_CLI, ...args], { encoding: 'utf8', input, env, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'herald-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('herald CLI', () => {
  it('prints the seed digest as JSON with the contract fields', () => {
    const r = herald(['digest', 'digests/2024-11-24-kursk.txt', '--json', '--now', '2024-11-24T12:00:00Z']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual(['article', 'headline', 'briefing', 'quotes', 'dates', 'keyDate', 'countdown']);
    expect(d.countdown).toMatchObject({ days: 57, status: 'upcoming' });
  });

  it('prints a readable digest without --json', () => {
    const r = herald([
      'digest',
      'digests/2024-11-24-kursk.txt',
      '--now',
      '2026-11-26T12:00:00Z',
      '--tz',
      'Europe/Kyiv',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Passed 675 days ago');
    expect(r.stdout).toContain('— Volodymyr Zelenskyy');
  });

  it.each([
    ['a missing file', ['digest', join(dir, 'nope.txt')]],
    ['an empty article', ['digest', file('empty.txt', '  \n\t\n')]],
    ['binary data', ['digest', file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]))]],
    ['an impossible date line', ['digest', file('baddate.txt', 'date 2024-02-31 Text here.')]],
    ['an unknown time zone', ['digest', 'digests/2024-11-24-kursk.txt', '--tz', 'Mars/Olympus']],
    ['a time zone abbreviation of several zones', ['digest', 'digests/2024-11-24-kursk.txt', '--tz', 'IST']],
    ['an unparseable --now', ['digest', 'digests/2024-11-24-kursk.txt', '--now', 'soon']],
  ])('exits 2 with one line on stderr and nothing on stdout for %s', (_name, args) => {
    const r = herald(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads JSON lines, one digest per line, and reports bad lines in place', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        date: '2024-11-24',
        text: 'The summit is scheduled for 20 January 2025. Leaders will attend. Talks begin at noon.',
      }),
      'not json',
      JSON.stringify({ id: 'c', text: '   ' }),
      JSON.stringify({ id: 'd', date: '2024-99-01', text: 'Text.' }),
      JSON.stringify({ id: 'e', text: 'Another article with no date at all. It still gets a digest.' }),
      // Dates as scrapers and feeds hand them over.
      JSON.stringify({ id: 'f', date: '3 March 2025', text: 'The pier reopens on Friday.' }),
      JSON.stringify({ id: 'g', date: 'Mon, 03 Mar 2025 09:15:00 GMT', text: 'The pier reopens on Friday.' }),
      // Each bad field is named with what the line needs, not in the validator's words.
      JSON.stringify({ text: 'No id on this line.' }),
      JSON.stringify({ id: 'i' }),
    ].join('\n');
    const r = herald(['digest', '--jsonl', '-', '--now', '2024-11-24T00:00:00Z'], input);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.article?.id ?? o.id)).toEqual(['a', null, 'c', 'd', 'e', 'f', 'g', null, 'i']);
    expect(out.slice(7).map((o) => o.error)).toEqual([
      '"id" must be a non-empty string (or a number)',
      '"text" must be a string: the article\'s text',
    ]);
    for (const o of out.slice(5, 7)) expect([o.article.date, o.keyDate.date]).toEqual(['2025-03-03', '2025-03-07']);
    expect(out[0].keyDate.date).toBe('2025-01-20');
    expect(out[1].error).toMatch(/JSON/);
    expect(out[2].error).toBe('"text" is empty: give the article\'s text');
    expect(out[3].error).toMatch(/^"date" must be a real date/);
    expect(out[4].briefing.length).toBeGreaterThan(0);
  });

  it('lists the articles in digests/', () => {
    const r = herald(['articles']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024-11-24-kursk\t2024-11-24');
  });

  it('lists another folder without touching the index the bot posts from', () => {
    const env = { ...process.env, HERALD_DB: join(dir, 'bot.db') };
    expect(herald(['articles'], undefined, env).stdout).toContain('2024-11-24-kursk');
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, '2025-02-01-gulls.txt'), 'Gulls return\ndate 2025-02-01\n\nThe gulls came back early.\n');
    const r = herald(['articles', '--dir', other], undefined, env);
    expect(r.stdout).toContain('2025-02-01-gulls');
    expect(r.stdout).not.toContain('kursk');
    // What a running bot would read from its database between two looks at its folder.
    const db = new Database(env.HERALD_DB as string, { readonly: true });
    const ids = db.prepare('SELECT id FROM articles').all() as { id: string }[];
    db.close();
    expect(ids.map((x) => x.id)).toContain('2024-11-24-kursk');
    expect(ids.map((x) => x.id)).not.toContain('2025-02-01-gulls');
    const again = herald(['articles'], undefined, env).stdout;
    expect(again).toContain('2024-11-24-kursk');
    expect(again).not.toContain('gulls');
  });

  it('exits 1 when the PostgreSQL server does not answer, as the bot does, so a retry may help', () => {
    const r = herald(['articles'], undefined, { ...process.env, HERALD_DB: 'postgres://herald:pw@127.0.0.1:1/herald' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain(':pw@');
  });

  it('lists articles as JSON lines with --json, one object per article', () => {
    const other = join(dir, 'json-list');
    mkdirSync(other);
    writeFileSync(
      join(other, '2025-03-09-lighthouse.txt'),
      'Lighthouse repainted\ndate 2025-03-09\n\nThe lighthouse was repainted red.\n',
    );
    const r = herald(['articles', '--dir', other, '--json'], undefined, {
      ...process.env,
      HERALD_DB: join(dir, 'json.db'),
    });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ id: '2025-03-09-lighthouse', date: '2025-03-09' });
    expect(Object.keys(JSON.parse(lines[0] ?? ''))).toEqual(['id', 'date', 'headline', 'keyDate']);
  });

  it('refuses a HERALD_DIGESTS_DIR that is not there, as the bot does, and leaves its index as it was', () => {
    const env = { ...process.env, HERALD_DB: join(dir, 'typo.db') };
    expect(herald(['articles'], undefined, env).stdout).toContain('2024-11-24-kursk');
    const r = herald(['articles'], undefined, { ...env, HERALD_DIGESTS_DIR: join(dir, 'digest') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/HERALD_DIGESTS_DIR: .*digest does not exist; create the folder/);
    expect(herald(['articles'], undefined, env).stdout).toContain('2024-11-24-kursk');
  });

  it('refuses to mirror a second folder into a database that mirrors one still there; a moved folder it follows', () => {
    const [a, b] = ['site-a', 'site-b'].map((name) => {
      const d = join(dir, name);
      mkdirSync(d);
      writeFileSync(
        join(d, `2025-03-0${name === 'site-a' ? 1 : 2}-${name}.txt`),
        `date 2025-03-01\nNews of ${name}.\n`,
      );
      return d;
    }) as [string, string];
    const env = { ...process.env, HERALD_DB: join(dir, 'shared.db') };
    expect(herald(['articles'], undefined, { ...env, HERALD_DIGESTS_DIR: a }).stdout).toContain('site-a');
    const r = herald(['articles'], undefined, { ...env, HERALD_DIGESTS_DIR: b });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /already indexes the articles folder .*site-a, which is still there, and this Herald reads .*site-b/,
    );
    // Nothing of site-a was taken out of the index.
    expect(herald(['articles'], undefined, { ...env, HERALD_DIGESTS_DIR: a }).stdout).toContain('site-a');
    // Once site-a is gone (moved to site-b), the index follows site-b.
    rmSync(a, { recursive: true });
    const moved = herald(['articles'], undefined, { ...env, HERALD_DIGESTS_DIR: b });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('site-b');
  });

  it('refuses a --dir that is not a folder', () => {
    const r = herald(['articles', '--dir', join(dir, 'no-such-folder')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--dir ".*no-such-folder" is not a folder/);
    expect(r.stdout).toBe('');
  });
});
