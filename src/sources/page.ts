import { depthOf, parseHtml, readArticle, type DomDocument, type DomElement } from './dom.js';
import { textOf } from './html-text.js';
import { isoDay, pageDate } from './page-date.js';
import { jsonLdArticle } from './json-ld.js';
import type { SourceItem } from './types.js';
import { SourceError } from '../errors.js';

/** Shorter than this, what readability found is navigation or a teaser, not an article. */
export const MIN_ARTICLE_CHARS = 250;
/** Readability gives up on a page with more elements than this (and so does Herald). */
const MAX_ELEMENTS = 30_000;
// Readability's time grows with the square of the nesting depth (5 s at 800 levels); real pages nest
// a few dozen levels, so a deeper one is refused before it can stall the bot.
const MAX_DEPTH = 150;

/** What a page says about itself, besides its article. */
export interface PageArticle extends SourceItem {
  siteName: string | null;
}

/**
 * The article on an HTML page, read with Mozilla's Readability (the Firefox Reader View engine), which
 * drops navigation, ads, related links and footers. The date comes from the page's metadata. Throws
 * SourceError('no-article') when the page has no article-sized text.
 */
export function extractPage(html: string, url: string): PageArticle {
  const doc = parseHtml(html);
  // Metadata first: Readability rewrites the document as it works.
  const meta = (sel: string): string | null => clean(doc.querySelector(sel)?.getAttribute('content'));
  const ogTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const siteName = meta('meta[property="og:site_name"]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const date = pageDate(doc);
  const ld = jsonLdArticle(doc);
  const docTitle = clean(doc.title);
  // "Story — Site name": the page's own <h1>, when the title contains it, is the story's title alone.
  const h1 = clean(doc.querySelector('h1')?.textContent);
  const headline = h1 && docTitle?.includes(h1) ? h1 : null;
  if ([docTitle, h1].some((t) => t && NOT_FOUND.test(t)))
    throw new SourceError(
      'no-article',
      'the page says it was not found (a "not found" page sent as a success): check the URL',
    );
  // Before the clutter pass too, which reads each marked box's paragraphs.
  if (depthOf(doc, MAX_DEPTH) > MAX_DEPTH)
    throw new SourceError('no-article', `cannot read the page: elements nested more than ${MAX_DEPTH} deep`);
  stripClutter(doc);
  let result: ReturnType<typeof readArticle>;
  try {
    result = readArticle(doc, MAX_ELEMENTS);
  } catch (err) {
    throw new SourceError(
      'no-article',
      `cannot read the page: ${err instanceof Error ? err.message.slice(0, 120) : String(err)}`,
    );
  }
  const shown = result?.content ? withoutLabels(textOf(result.content)) : '';
  // A page built by script shows no article without it: the JSON-LD articleBody is the story then.
  const fromLd = shown.length < MIN_ARTICLE_CHARS && ld !== null && ld.text.length > shown.length;
  const text = fromLd ? ld.text : shown;
  if (text.length < MIN_ARTICLE_CHARS)
    throw new SourceError('no-article', 'no article found on the page (too little text outside navigation and ads)');
  return {
    guid: null,
    url: sameHost(canonical, url) ?? url,
    title: ogTitle
      ? withoutSiteName(ogTitle, h1, siteName)
      : (headline ?? (fromLd ? ld.headline : null) ?? clean(result?.title) ?? docTitle),
    date: date ?? isoDay(result?.publishedTime),
    text,
    siteName: siteName ?? clean(result?.siteName),
  };
}

// The title or headline of a "not found" page served with status 200: its apology and suggested links
// would pass for an article. Only the phrases such pages use, so a story about something not found stays.
const NOT_FOUND = new RegExp(
  [
    String.raw`^\s*(?:error\s*)?404\b`,
    String.raw`\bpage not found\b`,
    String.raw`\b404\b.*\bnot found\b`,
    String.raw`\bcould(?:n[’']t| not) find (?:that|this|the|your) page\b`,
    String.raw`\bpage (?:does not|doesn[’']t|no longer) exists?\b`,
  ].join('|'),
  'i',
);

// Class and id words of boxes that are never the story. Readability misses ads placed inside the
// story's own container, so they go before it looks.
const CLUTTER = new RegExp(
  `^(?:${[
    'ads?',
    'advert(?:isement)?s?',
    'ad[-_].+',
    '.+[-_]ads?',
    'sponsor(?:ed)?',
    'promo(?:tion)?s?',
    'newsletter.*',
    'cookie.*',
    'related.*',
    'share.*',
    'social.*',
    'paywall.*',
    'piano.*',
    '.+[-_]offer.*',
    'subscri(?:be|ption).*',
    'pull-?quote.*',
  ].join('|')})$`,
  'i',
);
// The clutter word a site puts on the story's own box: Google asks for the paywalled text to be marked.
const STORY_MARK = /^paywall(?:ed)?$/i;
// Never removed whatever their class: a plugin marks <body> ("cookies-not-set"), and a site marks the
// story's own container ("paywall", as Google asks of paywalled text).
const NEVER_CLUTTER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
// Paragraphs that are only a label left by a removed box.
const LABEL = new RegExp(
  `^(?:${[
    'advertisement',
    'sponsored(?: content)?',
    'continue reading(?: below)?',
    'story continues below(?: advertisement)?',
    'scroll down for video',
  ].join('|')})\\.?$`,
  'i',
);

function stripClutter(doc: DomDocument): void {
  const marked = doc.querySelectorAll('[class], [id]');
  const doomed: DomElement[] = [];
  let storyChars: number | null = null;
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i];
    if (!el || NEVER_CLUTTER.has(el.nodeName.toUpperCase())) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
    if (!words.some((w) => w !== '' && CLUTTER.test(w))) continue;
    // A box that holds most of the page's paragraphs is the story ("paywall article-body", Google's
    // bare "paywall"), unless only clutter names it and it is too short to be a story: a prompt
    // ("paywall-prompt", "cookie-consent") next to a one-paragraph teaser holds most of that page too.
    const onlyClutter = words.every((w) => w === '' || (CLUTTER.test(w) && !STORY_MARK.test(w)));
    if (onlyClutter && paragraphChars(el) < 3 * MIN_ARTICLE_CHARS) {
      doomed.push(el);
      continue;
    }
    storyChars ??= paragraphChars(doc.body);
    if (storyChars > 0 && paragraphChars(el) > storyChars / 2) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

function paragraphChars(root: DomElement | null): number {
  if (!root) return 0;
  let n = 0;
  const ps = root.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) n += (ps[i]?.textContent ?? '').trim().length;
  return n;
}

// "Story – Site name" in og:title: the page's <h1>, or the title without the site's name, is the story's title.
function withoutSiteName(title: string, h1: string | null, siteName: string | null): string {
  const tail = /^\s*[-–—|:·•]\s*\S/;
  if (h1 && title.startsWith(h1) && tail.test(title.slice(h1.length))) return h1;
  if (siteName && title.endsWith(siteName)) {
    const rest = title.slice(0, -siteName.length).replace(/\s*[-–—|:·•]\s*$/, '');
    if (rest !== title.slice(0, -siteName.length) && rest.trim() !== '') return rest.trim();
  }
  return title;
}

function withoutLabels(text: string): string {
  return text
    .split('\n\n')
    .filter((p) => !LABEL.test(p.trim()))
    .join('\n\n');
}

/** Whether a body looks like an HTML page rather than a feed. */
export function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(body.slice(0, 2048));
}

function clean(v: string | null | undefined): string | null {
  const s = (v ?? '').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s.slice(0, 300);
}

// A canonical link is used only on the page's own host: another site's URL would let a page pose as it.
function sameHost(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host === new URL(base).host ? u.href : null;
  } catch {
    return null;
  }
}
