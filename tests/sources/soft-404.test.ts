import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource, withFullText } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { FixtureServer } from './server.js';

// "Not found" pages served with status 200 (a "soft 404"): a moved story, an unpublished one, a CMS
// that never sends 404. Readability finds their apology and suggested links article-sized.
let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

const notFound = (title: string, h1: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a></nav><main><h1>${h1}</h1>
<p>The page you are looking for may have been moved, deleted or never existed. Please check the address and try again, or use the search box above to find what you were looking for on our site.</p>
<p>You might be interested in some of our most popular stories this week, chosen by our editors from around the region for readers like you.</p>
<ul><li><a href="/a">Ferry fares rise for the first time in three years, operator says</a></li><li><a href="/b">Museum closes for roof repairs until the spring</a></li></ul>
<p>If you think this is an error, please contact our web team and tell us which link brought you here, so that we can fix it.</p></main></body></html>`;
const SUMMARY = 'The quay closes for repairs on 6 January, the harbour authority said.';

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/gone', { body: notFound('Page not found – Harbour Gazette', 'Sorry, we couldn’t find that page') })
    .set('/missing', { body: notFound('Harbour Gazette', 'Error 404') })
    .set('/sailor', {
      body: `<html><head><title>Search for missing sailor called off, body not found</title></head><body><h1>Search for missing sailor called off, body not found</h1><article>${'<p>The coastguard called off the search for a missing sailor on Tuesday after three days, saying his body had not been found despite calm seas.</p>'.repeat(3)}</article></body></html>`,
    })
    .set('/feed.xml', {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><item><title>Quay closes</title><link>${server.url('/gone')}</link><guid>q1</guid><description>${SUMMARY}</description></item></channel></rss>`,
    });
});
afterAll(() => server.close());

describe('a “not found” page served as a success', () => {
  it('is an error when given as a source, not an article', async () => {
    for (const path of ['/gone', '/missing'])
      await expect(readSource(server.url(path), limits), path).rejects.toMatchObject({
        code: 'no-article',
        message: 'the page says it was not found (a "not found" page sent as a success): check the URL',
      });
  });

  it('leaves a feed item its summary rather than the apology', async () => {
    const r = await readSource(server.url('/feed.xml'), limits);
    if ('notModified' in r) throw new Error('unexpected 304');
    const [item] = await withFullText(r.items, limits);
    expect(item?.text).toBe(SUMMARY);
  });

  it('still reads a story whose headline says something was not found', async () => {
    const r = await readSource(server.url('/sailor'), limits);
    expect('items' in r && r.items[0]?.text).toMatch(/^The coastguard called off the search/);
  });
});
