import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { FixtureServer } from './server.js';
import { HERALD_CLI } from '../support/build.js';

let server: FixtureServer;

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/rss.xml', { type: 'application/rss+xml', body: server.fixture('rss.xml') })
    .set('/articles/wind-farm.html', { body: server.fixture('wind-farm.html') })
    .set('/articles/council-budget.html', { body: server.bytes('council-budget.html') })
    .set('/undated.xml', {
      type: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Quay notes</title><item><title>Quay repairs</title><description>The quay reopens on Friday after repairs to its wall, the harbour master said.</description></item></channel></rss>',
    })
    .set('/big.html', {
      body: `<html><body><h1>Big</h1>${'<p>The ferry sails every hour from the harbour.</p>'.repeat(1200)}</body></html>`,
    })
    .set('/empty.xml', {
      type: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet desk</title></channel></rss>',
    })
    .set('/image.png', { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
});
afterAll(() => server.close());

/** Runs the herald CLI as a child process (asynchronously: the fixture server lives in this process). */
function herald(
  args: string[],
  env: Record<string, string> = { HERALD_SOURCES_ALLOW_PRIVATE: 'on' },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...HERALD_CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('herald fetch', () => {
  it('prints one Digest JSON per feed item, newest first, with dates and quotes', async () => {
    const r = await herald(['fetch', server.url('/rss.xml'), '--json', '--now', '2024-11-24T12:00:00Z']);
    // The one item page that is not there keeps its summary, and says so.
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^herald: http:\/\/127\.0\.0\.1:\d+\/articles\/missing\.html: kept the feed's summary \(/),
    ]);
    expect(r.code).toBe(0);
    const digests = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(digests.map((d) => [d.article.id, d.article.date, d.article.source])).toEqual([
      ['2024-11-22-offshore-wind-farm-approved-after-two-year-review', '2024-11-22', 'Riverside Courier'],
      ['2024-11-20-harbour-bridge-to-close-for-three-months-of', '2024-11-20', 'Riverside Courier'],
      ['2024-11-18-council-opens-consultation-on-parking-charges', '2024-11-18', 'Riverside Courier'],
    ]);
    expect(Object.keys(digests[0])).toEqual([
      'article',
      'headline',
      'briefing',
      'quotes',
      'dates',
      'keyDate',
      'countdown',
    ]);
    expect(digests[1].quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['Maria Keller', 'Tomas Berg']);
    expect(digests[1].dates.map((d: { date: string }) => d.date)).toContain('2025-01-06');
    expect(digests[0].keyDate).toMatchObject({ date: '2025-03-01' });
    expect(digests[0].countdown).toMatchObject({ days: 97, status: 'upcoming' });
    expect(digests[2].article.url).toBe(server.url('/articles/missing.html'));
  });

  it('says so on stderr when a feed has no item, rather than print nothing at all', async () => {
    const r = await herald(['fetch', server.url('/empty.xml')]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe(`herald: ${server.url('/empty.xml')}: the feed has no item with text\n`);
  });

  it('reads a local feed it was given, but not the local pages that feed links to, unless allowed', async () => {
    const r = await herald(['fetch', server.url('/rss.xml'), '--json', '--now', '2024-11-24T12:00:00Z'], {
      HERALD_SOURCES_ALLOW_PRIVATE: 'off',
    });
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/kept the feed's summary \(127\.0\.0\.1 is a private or local address/);
    const texts = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).briefing.join(' '));
    const allowed = await herald(['fetch', server.url('/rss.xml'), '--json', '--now', '2024-11-24T12:00:00Z']);
    const full = allowed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).briefing.join(' '));
    expect(texts).toHaveLength(full.length);
    expect(texts).not.toEqual(full);
  });

  it('reads with the limits the settings give, as the bot does (HERALD_FETCH_MAX_BYTES)', async () => {
    const r = await herald(['fetch', server.url('/big.html')], {
      HERALD_SOURCES_ALLOW_PRIVATE: 'on',
      HERALD_FETCH_MAX_BYTES: '10000',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/response larger than 10 KB/);
  });

  it('dates an undated item the day it is read, which --now sets', async () => {
    const r = await herald(['fetch', server.url('/undated.xml'), '--json', '--now', '2024-11-25T12:00:00Z']);
    const d = JSON.parse(r.stdout.trim().split('\n')[0] ?? '{}');
    expect(d.article.date).toBe('2024-11-25');
  });

  it('prints the digest of an article page, readable without --json', async () => {
    const r = await herald(['fetch', server.url('/articles/council-budget.html'), '--now', '2024-11-24T12:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Council agrees budget with cuts to road repairs\n2024-11-23 · Valley Times · 2024-11-23-council-agrees-budget-with-cuts-to-road-repairs\n/,
    );
    expect(r.stdout).toContain('— Hanna Olsen');
  });

  it('exits 2 with one line on stderr, and nothing on stdout, for a URL it cannot read', async () => {
    const urls = [server.url('/image.png'), server.url('/nowhere'), 'not-a-url'];
    const runs = await Promise.all(urls.map((url) => herald(['fetch', url, '--json'])));
    for (const [i, url] of urls.entries()) {
      const r = runs[i] ?? { code: null, stdout: '', stderr: '' };
      expect(r.code, url).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), url).toHaveLength(1);
      expect(r.stderr).toMatch(/^herald: /);
    }
  });
});
