import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/sources/feed.js';

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour &amp; Hills Wire</title><link>https://wire.example/</link>${items}</channel></rss>`;
const item = (
  title: string,
  date: string,
  description = '<p>The ferry timetable changes from Monday, the operator said in a statement.</p>',
) =>
  `<item><title>${title}</title><link>https://wire.example/${encodeURIComponent(title).slice(0, 20)}</link><pubDate>${date}</pubDate><description><![CDATA[${description}]]></description></item>`;

describe('feeds as sites write them', () => {
  it('takes each item’s day as written, whatever its zone, and sorts by it', () => {
    const feed = readFeed(
      rss(
        item('Ferry timetable changes', 'Thu, 12 Sep 2024 11:00:00 CEST') +
          item('Night buses return', 'Mon, 03 Mar 2025 01:30:00 +0530') +
          item('Bridge vote delayed', 'Tue, 04 Mar 2025 23:30:00 -0500'),
      ),
      'https://wire.example/feed',
      10,
    );
    expect(feed.items.map((i) => [i.title, i.date])).toEqual([
      ['Bridge vote delayed', '2025-03-04'],
      ['Night buses return', '2025-03-03'],
      ['Ferry timetable changes', '2024-09-12'],
    ]);
  });

  it('keeps a title’s words about HTML as written, and reads its inline formatting', () => {
    const feed = readFeed(
      rss(
        item('Browsers retire the &lt;blink&gt; tag at last', 'Mon, 08 Sep 2025 09:00:00 GMT') +
          item('&lt;b&gt;Breaking:&lt;/b&gt; harbour closes', 'Mon, 08 Sep 2025 08:00:00 GMT'),
      ),
      'https://wire.example/feed',
      10,
    );
    expect(feed.items.map((i) => i.title)).toEqual([
      'Browsers retire the <blink> tag at last',
      'Breaking: harbour closes',
    ]);
    expect(feed.title).toBe('Harbour & Hills Wire');
  });

  it('leaves out a WordPress excerpt’s “Continue reading” link and “The post … appeared first on …” line', () => {
    const excerpt =
      '<p>The ferry timetable changes from Monday, the operator said in a statement. [&hellip;] <a class="more-link" href="/x">Continue reading <span>Ferry timetable</span></a></p>' +
      '<p>The post <a href="/x">Ferry timetable changes</a> appeared first on <a href="/">Harbour Wire</a>.</p>';
    const feed = readFeed(
      rss(item('Ferry timetable changes', 'Mon, 08 Sep 2025 09:00:00 GMT', excerpt)),
      'https://wire.example/feed',
      10,
    );
    expect(feed.items[0]?.text).toBe('The ferry timetable changes from Monday, the operator said in a statement.');
  });

  it('keeps a story’s words about HTML, escaped in its summary, as written', () => {
    const feed = readFeed(
      rss(
        item(
          'Browsers retire an old tag',
          'Mon, 08 Sep 2025 09:00:00 GMT',
          '<p>Browser makers agreed to retire the &lt;blink&gt; tag on Monday, and pages that use it will show plain text.</p>',
        ),
      ),
      'https://wire.example/feed',
      10,
    );
    expect(feed.items[0]?.text).toBe(
      'Browser makers agreed to retire the <blink> tag on Monday, and pages that use it will show plain text.',
    );
    const atom = readFeed(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Dev notes</title><entry><title>Forms</title><id>urn:1</id><updated>2025-09-08T09:00:00Z</updated><summary>Use the &lt;dialog&gt; element for modals &amp; keep the form inside it.</summary></entry></feed>`,
      'https://dev.example/feed',
      10,
    );
    expect(atom.items[0]?.text).toBe('Use the <dialog> element for modals & keep the form inside it.');
  });

  it('says where a broken feed breaks, not what the parser was doing', () => {
    const broken = `${rss(item('Quay lights fixed', 'Mon, 03 Mar 2025 09:00:00 GMT'))}<stray`;
    expect(() => readFeed(broken, 'https://wire.example/feed', 10)).toThrow(
      /^not a readable RSS or Atom feed \(the XML is malformed near character \d+\)$/,
    );
    expect(() =>
      readFeed('<rss version="2.0"><title>No channel</title></rss>', 'https://wire.example/feed', 10),
    ).toThrow('not a readable RSS or Atom feed (The RSS feed does not have a channel element)');
  });
});
