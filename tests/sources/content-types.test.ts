import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { FixtureServer } from './server.js';

// The generic "some bytes" type: what a server without a type for .rss or .xml (S3, a bare nginx) says.
let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/feed.rss', { type: 'application/octet-stream', body: server.fixture('rss.xml') })
    .set('/blob', { type: 'application/octet-stream', body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x89, 0xff]) });
});
afterAll(() => server.close());

describe('a feed served as application/octet-stream', () => {
  it('is read by its body, as one served as text/plain or text/html is', async () => {
    const r = await readSource(server.url('/feed.rss'), limits);
    expect(r).toMatchObject({ kind: 'feed', title: 'Riverside Courier', total: 3 });
  });

  it('is still refused when the body is neither a feed nor a page', async () => {
    await expect(readSource(server.url('/blob'), limits)).rejects.toMatchObject({
      code: 'content-type',
      message: 'neither a feed nor a web page (content type application/octet-stream)',
    });
  });
});
