import type { FixtureServer } from '../sources/server.js';

const FILLER = 'Officials gave no further details about the timetable, and the next briefing is due later this week. ';

/**
 * An RSS feed served at `/<name>.xml` on the fixture server, its items given newest first. Each item's
 * description is long enough to be taken as the article itself (no page is fetched), and its link
 * is on the same server.
 */
export function serveFeed(server: FixtureServer, name: string, titles: string[]): string {
  const items = titles.map((t, i) => {
    const date = new Date(Date.UTC(2024, 10, 1 + titles.length - i, 9)).toUTCString();
    return (
      `<item><title>${t}</title><link>${server.url(`/${name}/${slug(t)}`)}</link><guid>${name}-${t}</guid><pubDate>${date}</pubDate>` +
      `<description><![CDATA[${t}. ${t} was reported on ${date}. ${FILLER.repeat(8)}]]></description></item>`
    );
  });
  server.set(`/${name}.xml`, {
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>${name} desk</title>${items.join('')}</channel></rss>`,
  });
  return server.url(`/${name}.xml`);
}

/** A path segment for a title: each item keeps its own link as the feed grows. */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The source id in the answer to `/sources add` ("Following URL as ID, every …"). */
export function addedId(answer: string): string {
  const id = /Following \S+ as (\S+),/.exec(answer)?.[1];
  if (!id) throw new Error(`no source id in: ${answer}`);
  return id;
}

/**
 * An RSS feed served at `/<name>.xml` whose items (newest first) have links and text of their own,
 * not of the feed: two feeds listing the same item carry one story.
 */
export function serveItems(server: FixtureServer, name: string, items: Array<{ title: string; link: string }>): void {
  const xml = items.map((it, i) => {
    const date = new Date(Date.UTC(2024, 10, 24 - i, 9)).toUTCString();
    return (
      `<item><title>${it.title}</title><link>${server.url(it.link)}</link><guid>${name}:${it.link}</guid><pubDate>${date}</pubDate>` +
      `<description><![CDATA[${it.title}. ${FILLER.repeat(6)}]]></description></item>`
    );
  });
  server.set(`/${name}.xml`, {
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>${name} desk</title>${xml.join('')}</channel></rss>`,
  });
}
