import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { FixtureServer } from './server.js';

let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/walled', { status: 403, body: 'Access denied' })
    .set('/gone', { status: 404, body: 'Not here' })
    .set('/broken', { status: 500, body: 'Oops' });
});
afterAll(() => server.close());

describe('a site that answers with an error', () => {
  it('says what the person can do about a refusal or a missing page', async () => {
    await expect(readSource(server.url('/walled'), limits)).rejects.toThrow(
      /^HTTP 403 Forbidden: the site refuses Herald \(often bot protection.*\); try the site’s RSS feed instead$/,
    );
    await expect(readSource(server.url('/gone'), limits)).rejects.toThrow(
      'HTTP 404 Not Found: nothing at this URL; check it, or find the feed linked from the site',
    );
    // A server error is the site's to fix, and retried: no advice.
    await expect(readSource(server.url('/broken'), limits)).rejects.toThrow(/^HTTP 500 Internal Server Error$/);
  });
});
