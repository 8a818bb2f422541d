import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { FixtureServer } from './server.js';

// A page built in the browser by script: to a reader that runs none, an empty <div id="root"> and,
// for search engines, the story in JSON-LD.
let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

const STORY = [
  'The harbour authority said on Tuesday that the northern quay will close for repairs from 6 January, after divers found cracks in the wall.',
  '“We cannot wait for another winter storm,” said harbour master Elena Ruiz.',
  'Fishing boats will move to the southern basin during the work, which is expected to last until the end of March.',
];
const ld = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', name: 'Harbour Gazette' },
    {
      '@type': 'NewsArticle',
      headline: 'Northern quay to close for repairs',
      datePublished: '2024-12-10T07:15:00+02:00',
      articleBody: STORY.join('\n'),
    },
  ],
};

beforeAll(async () => {
  server = await FixtureServer.start();
  server.set('/news/quay', {
    body: `<!doctype html><html><head><title>Northern quay to close | Harbour Gazette</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="root"></div><noscript>Please enable JavaScript to read this site.</noscript><script src="/app.js"></script></body></html>`,
  });
});
afterAll(() => server.close());

describe('a page whose article is drawn by script', () => {
  it('is read from its JSON-LD articleBody, with its headline and date', async () => {
    const r = await readSource(server.url('/news/quay'), limits);
    expect('items' in r && r.items[0]).toMatchObject({
      title: 'Northern quay to close for repairs',
      date: '2024-12-10',
      text: STORY.join('\n\n'),
    });
  });
});
