import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/read-source.js';
import { fetchLimits } from '../../src/sources/limits.js';
import type { SourceRead } from '../../src/sources/types.js';
import { FixtureServer } from './server.js';

// Servers and CMSs that label their text with the wrong encoding, as found on real sites.
let server: FixtureServer;
const limits = fetchLimits({ allowPrivate: true, timeoutMs: 3000 });

const TITLE = 'L’été au café – “complet”';
const STORY =
  'Le café du port a été “complet” tout l’été, a déclaré la gérante, Hélène Dubois, lors d’une réunion publique mardi soir. Les réservations ouvrent le 1er mars — déjà 200 demandes.';
const feed = (prolog: string) =>
  `<?xml version="1.0"${prolog}?><rss version="2.0"><channel><title>Le Café du Port</title><link>https://cafe.example/</link><item><title>${TITLE}</title><link>https://cafe.example/ete</link><guid>c1</guid><pubDate>Tue, 10 Dec 2024 10:00:00 +0100</pubDate><description>${STORY}</description></item></channel></rss>`;
// A long <head> (fonts, preloads) pushes a page's charset declaration past the first 1024 bytes.
const preloads = Array.from({ length: 20 }, (_, i) => `<link rel="preload" href="/static/font-${i}.woff2" as="font">`);
const page = `<!doctype html><html><head>${preloads.join('')}<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>${TITLE}</title></head><body><h1>${TITLE}</h1><article>${`<p>${STORY}</p>`.repeat(3)}</article></body></html>`;

beforeAll(async () => {
  server = await FixtureServer.start();
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const cp1252 = (s: string) =>
    Buffer.from(
      [...s].map((ch) => ({ '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 })[ch] ?? ch.charCodeAt(0)),
    );
  server
    // An old Apache default: every response labelled ISO-8859-1, the feed itself written in UTF-8.
    .set('/header-latin1.xml', { type: 'application/rss+xml; charset=ISO-8859-1', body: utf8(feed('')) })
    // A CMS whose XML declaration says ISO-8859-1 while it writes UTF-8.
    .set('/prolog-latin1.xml', { type: 'application/rss+xml', body: utf8(feed(' encoding="ISO-8859-1"')) })
    // The other way round: a windows-1252 feed served as UTF-8.
    .set('/header-utf8.xml', {
      type: 'text/xml; charset=utf-8',
      body: cp1252(feed(' encoding="windows-1252"')),
    })
    .set('/late-meta.html', { type: 'text/html', body: cp1252(page) })
    // Labelled right: unchanged.
    .set('/right.xml', { type: 'application/rss+xml', body: cp1252(feed(' encoding="windows-1252"')) });
});
afterAll(() => server.close());

async function read(path: string): Promise<SourceRead> {
  const r = await readSource(server.url(path), limits);
  if ('notModified' in r) throw new Error('unexpected 304');
  return r;
}

describe('text in another encoding than its label says', () => {
  it('reads a UTF-8 feed labelled ISO-8859-1 (by the header or by its XML declaration) as UTF-8', async () => {
    for (const path of ['/header-latin1.xml', '/prolog-latin1.xml', '/right.xml']) {
      const r = await read(path);
      expect(r.title, path).toBe('Le Café du Port');
      expect(r.items[0]?.title, path).toBe(TITLE);
      expect(r.items[0]?.text, path).toBe(STORY);
    }
  });

  it('reads bytes that are not UTF-8 by the document’s own declaration, else as windows-1252', async () => {
    const r = await read('/header-utf8.xml');
    expect(r.items[0]?.title).toBe(TITLE);
    expect(r.items[0]?.text).not.toContain('\uFFFD');
    const p = await read('/late-meta.html');
    expect(p.items[0]?.title).toBe(TITLE);
    expect(p.items[0]?.text.split('\n\n')[0]).toBe(STORY);
  });
});
