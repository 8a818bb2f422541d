import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/sources/page.js';

const STORY = [
  'The valley railway will reopen its northern branch in April after a two-year closure for bridge repairs, the operator said on Tuesday.',
  'Engineers replaced three viaduct spans and relaid four miles of track, at a cost of about £30m shared between the operator and the county.',
  '“Passengers have waited long enough, and the line is now safer than it has been for a century,” said operations director Tom Hadley.',
  'Timetables for the spring will be published next month, with trains every half hour on weekdays.',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('\n');

function page(o: { bodyClass?: string; storyClass?: string; extra?: string; ogTitle?: string } = {}): string {
  return `<!doctype html><html><head><title>Valley railway to reopen northern branch – Dale Courier</title>
${o.ogTitle ? `<meta property="og:title" content="${o.ogTitle}">` : ''}
<meta property="og:site_name" content="Dale Courier">
<meta property="article:published_time" content="2025-02-11T09:00:00+00:00"></head>
<body${o.bodyClass ? ` class="${o.bodyClass}"` : ''}><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Valley railway to reopen northern branch</h1>
<div class="${o.storyClass ?? 'story-body'}">${paragraphs}${o.extra ?? ''}</div>
<footer>© Dale Courier</footer></body></html>`;
}

describe('article pages as real sites mark them up', () => {
  it('reads the story when <body> or the story box carries a class that usually marks clutter', () => {
    // A cookie plugin marks <body>; a paywalled site marks the story's own box, as Google asks.
    for (const html of [page({ bodyClass: 'home cookies-not-set' }), page({ storyClass: 'paywall article-body' })]) {
      const a = extractPage(html, 'https://courier.example/rail');
      expect(a.text).toContain('The valley railway will reopen its northern branch');
      expect(a.text).toContain('Timetables for the spring');
    }
  });

  it('reads the story in a box marked only “paywall”, as Google asks, but never takes a paywall prompt for it', () => {
    expect(extractPage(page({ storyClass: 'paywall' }), 'https://courier.example/rail').text).toContain(
      'Timetables for the spring',
    );
    // A one-paragraph teaser and a longer prompt: the prompt holds most of the page's text.
    const teaser = `<!doctype html><html><head><title>Valley railway to reopen</title></head><body><h1>Valley railway to reopen</h1>
<article><p>${STORY[0]}</p><div class="paywall-prompt"><p>Subscribe to read the rest of this story. Already a subscriber? Log in.</p>
<p>Get unlimited digital access to the Courier for just £1 for the first month. Cancel anytime you like.</p>
<p>Our journalism costs money to produce, and your subscription supports local reporting across the valley.</p></div></article></body></html>`;
    expect(() => extractPage(teaser, 'https://courier.example/rail')).toThrow(/^no article found on the page/);
  });

  it('leaves out a pull quote that repeats the story, and a subscription offer', () => {
    const extra = `<blockquote class="pull-quote"><p>Passengers have waited long enough</p><cite>Tom Hadley</cite></blockquote>
<div class="piano-offer-container"><p>Get unlimited access to the Courier's award-winning reporting for £1 a week.</p><p>Subscribe to keep reading.</p></div>`;
    const a = extractPage(page({ extra }), 'https://courier.example/rail');
    expect(a.text.match(/Passengers have waited long enough/g)).toHaveLength(1);
    expect(a.text).not.toMatch(/unlimited access|Subscribe to keep reading|Tom Hadley\n/);
  });

  it('takes the story’s title from og:title without the site’s name after it', () => {
    const a = extractPage(
      page({ ogTitle: 'Valley railway to reopen northern branch – Dale Courier' }),
      'https://courier.example/rail',
    );
    expect(a.title).toBe('Valley railway to reopen northern branch');
    const b = extractPage(
      page({ ogTitle: 'Rail branch reopens in April | Dale Courier' }),
      'https://courier.example/rail',
    );
    expect(b.title).toBe('Rail branch reopens in April');
  });

  it('dates the story by the <time> after its headline, not a masthead’s today or a related card’s', () => {
    const html = `<!doctype html><html><head><title>Valley railway to reopen northern branch</title></head><body>
<div class="masthead"><time datetime="2025-02-14">Friday, 14 February 2025</time></div>
<h1>Valley railway to reopen northern branch</h1><p class="byline">By Ann Reid · <time datetime="2025-02-11T08:00:00+00:00">11 February</time></p>
<div class="story-body">${paragraphs}</div>
<section class="more"><article class="card"><h3>Mill reopens</h3><time datetime="2025-02-13">13 February</time></article></section></body></html>`;
    expect(extractPage(html, 'https://courier.example/rail').date).toBe('2025-02-11');
  });
});
