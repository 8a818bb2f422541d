import { isIsoDay } from '../time/calendar.js';
import type { DomDocument, DomElement } from './dom.js';
import { findInJsonLd } from './json-ld.js';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

/**
 * A page's publication day, YYYY-MM-DD, from its metadata: Open Graph article:published_time and
 * similar meta tags, JSON-LD datePublished, then the first <time datetime> (inside <article> if there
 * is one). The day is taken as written, in the page's own offset, not shifted to UTC. Null when none.
 */
export function pageDate(doc: DomDocument): string | null {
  for (const sel of META_SELECTORS) {
    const d = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  const ld = jsonLdDate(doc);
  if (ld) return ld;
  // The story's byline follows its <h1>: a masthead's "today" comes before it, related cards after.
  const marks = doc.querySelectorAll('h1, time[datetime]');
  let afterH1: DomElement | null = null;
  for (let i = 0, seenH1 = false; i < marks.length && !afterH1; i++) {
    const el = marks[i];
    if (el?.nodeName.toUpperCase() === 'H1') seenH1 = true;
    else if (seenH1 && el) afterH1 = el;
  }
  const time = afterH1 ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}

/** The leading YYYY-MM-DD of a date or date-time string, if it is a real day. */
export function isoDay(v: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(v ?? '');
  return m && isIsoDay(m[1] ?? '') ? (m[1] ?? null) : null;
}

// A listing's items (itemListElement) may carry the date too.
function jsonLdDate(doc: DomDocument): string | null {
  return findInJsonLd(doc, (o) => (typeof o.datePublished === 'string' ? isoDay(o.datePublished) : null), [
    'itemListElement',
  ]);
}
