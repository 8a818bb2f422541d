import { fold } from '../article/fold.js';
import type { Topics } from '../store/types.js';
import { UserError } from '../errors.js';

const MAX_TERMS = 20;
const MAX_TERM = 60;

/**
 * Reads a topic filter as a person types it: comma-separated words or "quoted phrases"; a leading
 * `-` excludes. `kursk, "peace talks", -football`. Empty (or `none`) means no filter. Throws
 * UserError with the reason.
 */
export function parseTopics(input: string): Topics | null {
  const text = input.trim();
  if (text === '' || /^(none|all|any)$/i.test(text)) return null;
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of splitTerms(text)) {
    const minus = raw.startsWith('-');
    const term = raw
      .replace(/^-\s*/, '')
      .replace(/^["“”']|["“”']$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (term === '') continue;
    if (term.length > MAX_TERM)
      throw new UserError('bad-topics', `the topic "${term.slice(0, 40)}…" is longer than ${MAX_TERM} characters`);
    if (!/[\p{L}\p{N}]/u.test(term)) throw new UserError('bad-topics', `the topic "${term}" has no letters or digits`);
    (minus ? exclude : include).push(term);
  }
  if (include.length + exclude.length === 0) return null;
  const count = include.length + exclude.length;
  if (count > MAX_TERMS)
    throw new UserError(
      'bad-topics',
      `topics: ${count} given, at most ${MAX_TERMS} allowed; keep the ${MAX_TERMS} that matter most (or write topics:none for every article)`,
    );
  return { include, exclude };
}

// Commas separate terms, except inside quotes.
function splitTerms(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      cur += ch;
      if (ch === quote || (quote === '“' && ch === '”')) quote = null;
    } else if (ch === '"' || ch === '“' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((t) => t !== '');
}

/** The filter as a person reads it back. */
export function describeTopics(t: Topics | null): string {
  if (!t) return 'every article (no topics)';
  const q = (s: string) => (s.includes(' ') ? `"${s}"` : s);
  return [...t.include.map(q), ...t.exclude.map((s) => `-${q(s)}`)].join(', ');
}

/** Why an article passes a topic filter or not: the terms it matched, or the exclusion that blocked it. */
export interface TopicVerdict {
  pass: boolean;
  matched: string[];
  blockedBy: string | null;
}

/**
 * Matches whole words and phrases, ignoring case and accents, in the article's title and text (the
 * briefing is made of the text's sentences). Passes when it matches one included term (or there are
 * none) and no excluded term.
 */
export function matchTopics(t: Topics, title: string | null, text: string, key?: string): TopicVerdict {
  const hay = words(title, text, key);
  const has = (term: string) =>
    hay.includes(
      ` ${fold(term)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `,
    );
  const blockedBy = t.exclude.find(has) ?? null;
  const matched = t.include.filter(has);
  return { pass: blockedBy === null && (t.include.length === 0 || matched.length > 0), matched, blockedBy };
}

// A thousand channels with topics check the same new article: its words are folded once.
const folded = new Map<string, string>();
function words(title: string | null, text: string, key: string | undefined): string {
  const hit = key === undefined ? undefined : folded.get(key);
  if (hit !== undefined) return hit;
  const hay = ` ${fold(`${title ?? ''}\n${text}`).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (key !== undefined) {
    if (folded.size >= 64) folded.delete(folded.keys().next().value as string);
    folded.set(key, hay);
  }
  return hay;
}
