import type { DomDocument } from './dom.js';

const ARTICLE_TYPE = /(?:^|:)(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

/** The story as the page's JSON-LD tells it. */
export interface JsonLdArticle {
  /** One paragraph per line break of `articleBody`. */
  text: string;
  headline: string | null;
}

/**
 * The first thing `pick` finds in the page's JSON-LD objects, or null. JSON-LD nests: an array, an
 * @graph, or a NewsArticle inside a WebPage's mainEntity (and `more` keys the caller names); depth is
 * bounded, and a script that is not JSON is skipped.
 */
export function findInJsonLd<T>(
  doc: DomDocument,
  pick: (o: Record<string, unknown>) => T | null,
  more: readonly string[] = [],
): T | null {
  const keys = ['@graph', 'mainEntity', 'mainEntityOfPage', ...more];
  const walk = (v: unknown, depth: number): T | null => {
    if (depth > 6 || v === null || typeof v !== 'object') return null;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 50)) {
        const found = walk(x, depth + 1);
        if (found !== null) return found;
      }
      return null;
    }
    const o = v as Record<string, unknown>;
    const own = pick(o);
    if (own !== null) return own;
    for (const key of keys) {
      const found = walk(o[key], depth + 1);
      if (found !== null) return found;
    }
    return null;
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const found = walk(data, 0);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The story's text and headline from the page's JSON-LD (`articleBody` of a NewsArticle,
 * BlogPosting …), or null. Sites that build their pages with JavaScript often send nothing
 * else to a reader that runs no script; the text is the one they publish for search engines.
 */
export function jsonLdArticle(doc: DomDocument): JsonLdArticle | null {
  return findInJsonLd(doc, (o) => {
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (typeof o.articleBody !== 'string' || !types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)))
      return null;
    const text = o.articleBody
      .split(/\s*\n\s*/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
    const headline = typeof o.headline === 'string' ? o.headline.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
    return text !== '' ? { text, headline: headline || null } : null;
  });
}
