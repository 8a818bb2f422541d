import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { FixtureServer } from './server.js';

// The commonest mistake when adding a source: the site's address instead of its feed's.
let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

const cards = [1, 2, 3]
  .map(
    (i) =>
      `<article class="card"><h2><a href="/news/${i}">Quay ${i} to close for repairs</a></h2><p>The harbour authority said on Tuesday that quay ${i} will close for repairs from 6 January, after divers found cracks in its wall.</p></article>`,
  )
  .join('');
const home = (head: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Harbour Gazette – News from the coast</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav><main><h1>Harbour Gazette</h1>${cards}</main><footer>© Harbour Gazette</footer></body></html>`;
const feedLink = '<link rel="alternate" type="application/rss+xml" title="Harbour Gazette » Feed" href="/feed/">';
const story = `<p>${'The harbour authority said on Tuesday that the northern quay will close for repairs from 6 January, after divers found cracks in the wall. '.repeat(4)}</p>`;

beforeAll(async () => {
  server = await FixtureServer.start();
  server
    .set('/', { body: home(feedLink) })
    .set('/en/', { body: home('') })
    .set('/topics/harbour', {
      body: `<html><head>${feedLink}</head><body><h1>Harbour</h1><p>No stories yet.</p></body></html>`,
    })
    // WordPress names the site's feed on every article page too.
    .set('/news/quay', {
      body: `<!doctype html><html><head><title>Quay to close</title>${feedLink}</head><body><h1>Quay to close</h1><article>${story}</article></body></html>`,
    });
});
afterAll(() => server.close());

const failure = (path: string) =>
  readSource(server.url(path), limits).then(
    () => null,
    (err: Error) => err.message,
  );

describe('a web page given where a feed was meant', () => {
  it('refuses a site’s home page, naming the feed it advertises', async () => {
    expect(await failure('/')).toBe(
      `this is the site's home page, not a feed or an article; its feed is at ${server.url('/feed/')}: add that URL instead`,
    );
    // Reached by a redirect from the site's root, and with no feed named.
    server.set('/', { status: 302, headers: { location: '/en/' } });
    expect(await failure('/')).toBe(
      "this is the site's home page, not a feed or an article, and it names no feed: add the feed's URL or an article's",
    );
  });

  it('names the advertised feed when a page has no article', async () => {
    expect(await failure('/topics/harbour')).toMatch(
      new RegExp(
        `^no article found on the page .*; the page names a feed: ${server.url('/feed/')}$`.replace(/\//g, '\\/'),
      ),
    );
  });

  it('still reads an article page that names its site’s feed', async () => {
    const r = await readSource(server.url('/news/quay'), limits);
    expect('items' in r && r.items[0]?.title).toBe('Quay to close');
  });
});
