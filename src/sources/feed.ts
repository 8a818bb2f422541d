import { parseFeed } from '@rowanmanning/feed-parser';
import { htmlToText } from './html-text.js';
import { withoutTracking } from './keys.js';
import type { SourceItem } from './types.js';
import { SourceError } from '../errors.js';
import { isIsoDay } from '../time/calendar.js';
import { isoDay } from './page-date.js';

/** A feed's title and its newest items. */
export interface FeedRead {
  title: string | null;
  /** Newest first, at most `maxItems`. */
  items: SourceItem[];
  /** Items in the feed before the cap. */
  total: number;
}

// The parser's reason, as a reader can take it: its sentences ("Closing Tag is not closed.") are kept,
// its internals ("readTagExp returned undefined at position 75") become where the XML breaks. The
// document it quotes around a syntax error ("Context: …") is untrusted text and is left out.
function feedProblem(err: unknown): string {
  const message = (err instanceof Error ? err.message : String(err)).replace(/\s*Context:[\s\S]*$/, '');
  const line = (message.split('\n')[0] ?? '').trim().replace(/\.$/, '');
  const at = /\bposition (\d+)/.exec(line)?.[1];
  if (at !== undefined) return `the XML is malformed near character ${at}`;
  // A function name (camelCase) means the parser is describing itself, not the feed.
  if (line === '' || /\b[a-z]+[A-Z]\w*/.test(line)) return 'the XML is malformed';
  return line.slice(0, 150);
}

/** Whether a body looks like an RSS, RDF or Atom document. */
export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 4096).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(
    head,
  );
}

/**
 * Items of an RSS 2.0, RSS 1.0 or Atom feed, parsed with @rowanmanning/feed-parser (lenient with the
 * feeds found in the wild, but it throws when nothing can be read). Newest first by their own date
 * (undated items keep feed order, after dated ones), capped at `maxItems`. Relative links resolve
 * against `baseUrl`. Throws SourceError('bad-feed').
 */
export function readFeed(xml: string, baseUrl: string, maxItems: number): FeedRead {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw new SourceError('bad-feed', `not a readable RSS or Atom feed (${feedProblem(err)})`);
  }
  if (!endsWhole(xml))
    throw new SourceError(
      'bad-feed',
      'the feed ends before its closing tag, as if cut off on the way; it is read again at the next try',
    );
  // Each item's `url` resolves against the feed's link, which the parser looks up again among all
  // the feed's children at every call: quadratic on a feed of 50,000 items. Looked up once here.
  Object.defineProperty(feed, 'url', { value: feed.url });
  const all = feed.items;
  // Only the date of every item is read here; links and texts are read for the newest only.
  const dated: Array<{ order: number; time: number }> = [];
  for (const [order, it] of all.entries()) {
    try {
      const when = it.published ?? it.updated;
      const written = writtenDay(it);
      // A zone the parser does not know ("CEST") still sorts by the day as written.
      const time =
        when && !Number.isNaN(when.getTime()) ? when.getTime() : written ? Date.parse(`${written}T12:00:00Z`) : NaN;
      dated.push({ order, time: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time });
    } catch {
      // One malformed item (a date that throws, odd nesting) is skipped; the rest of the feed is read.
    }
  }
  dated.sort((a, b) => b.time - a.time || a.order - b.order);
  const newest: SourceItem[] = [];
  for (const { order, time } of dated.slice(0, maxItems)) {
    const it = all[order];
    if (!it) continue;
    try {
      const content = itemText(textHtml(it, ['encoded', 'content']) ?? it.content ?? '');
      const summary = itemText(textHtml(it, ['description', 'summary']) ?? it.description ?? '');
      newest.push({
        guid: it.id?.trim().slice(0, 1000) || null,
        url: httpUrl(it.url, baseUrl),
        title: it.title ? titleText(it.title).slice(0, 300) || null : null,
        // The day as the feed wrote it, in its own zone, as for pages and front matter.
        date: writtenDay(it) ?? (Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null),
        text: content.length >= summary.length ? content : summary,
      });
    } catch {
      // As above: a malformed item is skipped.
    }
  }
  const title = feed.title ? titleText(feed.title).slice(0, 100) || null : null;
  return { title, items: newest, total: all.length };
}

// A feed cut off on the way still parses, leniently, up to the cut: its last item with half its text or
// none. Stored, that half would be the story for good, since the whole item, when it came, would be
// known by its guid. So the document must end with its root's closing tag (then only space or comments).
function endsWhole(xml: string): boolean {
  const tail = xml.slice(-4096).replace(/(?:\s|<!--[\s\S]*?-->)+$/, '');
  return /<\/(?:[\w.-]+:)?(?:rss|feed|rdf)\s*>$/i.test(tail);
}

type Item = ReturnType<typeof parseFeed>['items'][number];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The day an item's date element gives, as written: "Thu, 12 Sep 2024 11:00:00 CEST" is 12 September
// whatever the zone (the parser knows only a few zone names), "2025-03-03T01:30:00+05:30" the 3rd.
function writtenDay(it: Item): string | null {
  for (const name of ['pubdate', 'published', 'date', 'issued', 'updated', 'modified']) {
    const raw = it.element.findElementWithName(name)?.textContent.trim() ?? '';
    const iso = isoDay(raw);
    if (iso) return iso;
    const m = /(?:^|[\s,])(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(raw);
    const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
    const day = m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : null;
    if (day && isIsoDay(day)) return day;
  }
  return null;
}

// Only inline formatting is markup in a title: "<dialog>" in one is a word about HTML, kept as written.
const INLINE_TAG = /^<\/?(?:a|abbr|b|br|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|time|u)\b[^<>]*>$/i;

/** A feed title as text: inline formatting read, any other tag kept as the words it is. */
export function titleText(raw: string): string {
  const escaped = raw.replace(/<[^<>]*>?/g, (tag) => (INLINE_TAG.test(tag) ? tag : tag.replace(/</g, '&lt;')));
  return htmlToText(escaped).replace(/\s+/g, ' ').trim();
}

const MARKUP = /<\/?(?:p|br|a|div|span|em|strong|b|i|ul|ol|li|img|h[1-6]|blockquote)\b[^<>]*>/i;

// An item's text element as HTML, decoded once, as XML says. The parser's own value is decoded a second
// time, so an escaped "&lt;dialog&gt;" in the story became a tag and the words after it were lost.
// Null for XHTML content, which the parser reads from its elements.
function textHtml(it: Item, names: string[]): string | null {
  for (const name of names) {
    const el = it.element.findElementWithName(name);
    if (!el || (name === 'encoded' && el.namespace !== 'content')) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'xhtml' || type.endsWith('xhtml+xml')) return null;
    const text = el.textContent.trim();
    if (text === '') continue;
    // Atom's type="text" (its default) is plain text, though some feeds put paragraphs in it anyway.
    const plain = (name === 'content' || name === 'summary') && (type === '' || type === 'text') && !MARKUP.test(text);
    return plain ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : text;
  }
  return null;
}

/**
 * A feed item's HTML as text, without a feed excerpt's furniture (WordPress and its plugins):
 * "Continue reading …" and "The post … appeared first on …".
 */
export function itemText(html: string): string {
  return htmlToText(html)
    .split('\n\n')
    .map(withoutMoreLink)
    .filter((p) => p !== '' && !(lastLineBreak(p) < 0 && THE_POST.test(p)))
    .join('\n\n');
}

const THE_POST = /^The post .+ appeared first on .+\.?$/;
const MORE = /(?:Continue reading|Read more)\b/gi;

// A paragraph without its closing "[…] Continue reading …": the link runs to the end, so it is on the
// last line, and the "[…]" before it (or ending the paragraph) goes with it. Found by index: a regex
// tried at every position reread the whitespace or the line after it, quadratic in a plain-text item.
function withoutMoreLink(p: string): string {
  MORE.lastIndex = lastLineBreak(p) + 1;
  const more = MORE.exec(p);
  let head = more ? p.slice(0, more.index).trimEnd() : p;
  if (head.endsWith('[…]')) head = head.slice(0, -3);
  else if (head.endsWith('[...]')) head = head.slice(0, -5);
  return head.trim();
}

// Where `.` stops in a regex: "The post …" fits on one line, and the link reads to the line's end.
function lastLineBreak(p: string): number {
  return Math.max(p.lastIndexOf('\n'), p.lastIndexOf('\r'), p.lastIndexOf('\u2028'), p.lastIndexOf('\u2029'));
}

/** An item's link resolved against the feed's URL, without tracking parameters; null unless http(s). */
export function httpUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? withoutTracking(u.href) : null;
  } catch {
    return null;
  }
}
