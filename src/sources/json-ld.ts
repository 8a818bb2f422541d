import type { DomDocument } from './dom.js';

const ARTICLE_TYPE = /(?:^|:)(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

/** The story as the page's JSON-LD tells it. */
export interface JsonLdArticle {
  /** One paragraph per line break of `articleBody`. */
  text: string;
  headline: string | null;
}

/**
 * The story's text and headline from the page's JSON-LD (`articleBody` of a NewsArticle,
 * BlogPosting …), or null. Sites that build their pages with JavaScript often send nothing
 * else to a reader that runs no script; the text is the one they publish for search engines.
 */
export function jsonLdArticle(doc: DomDocument): JsonLdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const body = findBody(data, 0);
    if (body) return body;
  }
  return null;
}

// JSON-LD nests: an array, an @graph, or the article inside a WebPage's mainEntity. Depth is bounded.
function findBody(v: unknown, depth: number): JsonLdArticle | null {
  if (depth > 6 || v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 50)) {
      const b = findBody(x, depth + 1);
      if (b) return b;
    }
    return null;
  }
  const o = v as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []);
  if (typeof o.articleBody === 'string' && types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) {
    const text = o.articleBody
      .split(/\s*\n\s*/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
    const headline = typeof o.headline === 'string' ? o.headline.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
    if (text !== '') return { text, headline: headline || null };
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const b = findBody(o[key], depth + 1);
    if (b) return b;
  }
  return null;
}
