import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync, brotliCompressSync, deflateRawSync, deflateSync } from 'node:zlib';
import { FixtureServer } from './server.js';
import { fetchLimited } from '../../src/sources/http.js';
import { fetchLimits } from '../../src/sources/limits.js';

// fetchLimited makes its own connections (to the addresses it checked): what fetch did for it must still hold.
let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });
const page = `<html><body><p>${'Ferries run late on Sundays. '.repeat(40)}</p></body></html>`;

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/gzip.html', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(page) })
    .set('/br.html', { headers: { 'content-encoding': 'br' }, body: brotliCompressSync(page) })
    .set('/deflate.html', { headers: { 'content-encoding': 'deflate' }, body: deflateSync(page) })
    // Older IIS and PHP set-ups send "deflate" as bare deflate data, without zlib's header.
    .set('/raw-deflate.html', { headers: { 'content-encoding': 'deflate' }, body: deflateRawSync(page) })
    .set('/bad-deflate.html', {
      headers: { 'content-encoding': 'deflate' },
      body: Buffer.from('not compressed at all'),
    })
    .set('/bomb.html', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(5_000_000, 0x20)) })
    .set('/trickle', {
      handler: (_req, res) => {
        // A body that arrives a few bytes at a time and never finishes.
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('<p>.</p>')), 20);
        res.on('close', () => clearInterval(timer));
      },
    });
});
afterAll(() => server.close());

describe('fetchLimited over its own connection', () => {
  it('decompresses gzip, brotli and deflate bodies (zlib or bare), and caps the decompressed size', async () => {
    for (const path of ['/gzip.html', '/br.html', '/deflate.html', '/raw-deflate.html']) {
      const res = await fetchLimited(server.url(path), limits);
      expect(res.status === 200 && res.body, path).toBe(page);
    }
    expect(server.requestsTo('/gzip.html')[0]?.headers['accept-encoding']).toMatch(/gzip/);
    await expect(fetchLimited(server.url('/bad-deflate.html'), limits)).rejects.toThrow();
    await expect(fetchLimited(server.url('/bomb.html'), { ...limits, maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: 'too-large',
    });
  });

  it('gives up on a body that never ends within the deadline for the whole exchange', async () => {
    await expect(fetchLimited(server.url('/trickle'), { ...limits, timeoutMs: 500 })).rejects.toMatchObject({
      code: 'timeout',
      message: 'no complete answer within 0.5 s',
    });
  });

  it('stops at once when the poller stops', async () => {
    const stop = new AbortController();
    const pending = fetchLimited(server.url('/trickle'), { ...limits, timeoutMs: 10_000, signal: stop.signal });
    setTimeout(() => stop.abort(), 100);
    await expect(pending).rejects.toMatchObject({ code: 'timeout', message: 'stopped: Herald is shutting down' });
  });
});
