import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Article } from './types.js';
import { isIsoDay } from '../time/calendar.js';
import { normalizeInput } from './normalize.js';
import { wholeDay } from '../time/written-day.js';
import { ArticleError } from '../errors.js';
import { markdownText } from './markdown.js';
import { plainHeader } from './plain-header.js';
import { MAX_ARTICLE_BYTES, MAX_TITLE_CHARS } from './limits.js';

const DATE_FORMS = 'must be a real date, written 2024-11-24, 24 November 2024 or November 24, 2024';
// A date as people write it ("24 November 2024", "Nov. 24, 2024"); a time after the day, as site
// generators write it ("2025-01-06T18:30:00Z"), is dropped: the day as written is the author's own.
const isoDay = z
  .union([z.string(), z.date()], { error: DATE_FORMS })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (wholeDay(v.trim()) ?? v)))
  .refine(isIsoDay, { message: DATE_FORMS });
// A Markdown file's leading "# Heading" is its title when nothing else gives one.
const HEADING = /^\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)/;

// Each field's message says how to write it: the person fixing the file reads it, not a schema.
const KEY_DATE = 'must be two lines below it: date: 2025-01-20 and label: what happens that day';
const KEY_LABEL = 'is missing: under keyDate, write label: what happens that day';
const words = (example: string) =>
  z
    .string({ error: `must be text; put it in quotes if it looks like a number (${example})` })
    .trim()
    .min(1, 'is empty: write it, or leave the line out')
    .nullish();
const frontMatterSchema = z.object(
  {
    title: words('title: "1984"'),
    date: isoDay.optional(),
    source: words('source: "7 News"'),
    url: z
      .string({ error: 'must be a full web address (url: https://example.com/story)' })
      .url('must be a full web address starting with https:// or http://')
      .nullish(),
    keyDate: z
      .object({ date: isoDay, label: z.string({ error: KEY_LABEL }).trim().min(1, KEY_LABEL) }, { error: KEY_DATE })
      .optional(),
  },
  { error: 'must be lines of name: value (title:, date:, source:, url:, keyDate:)' },
);

// Line ends may be CRLF or a lone CR (old Mac editors) as well as LF.
const FRONT_MATTER_OPEN = /^---[ \t]*(?:\r\n?|\n)/;
// The block may be empty (`---` twice), as some editors' templates leave it.
const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)(?:([\s\S]*?)(?:\r\n?|\n))?---[ \t]*(?:\r\n?|\n|$)/;
// Hugo's and Zola's TOML front matter, between +++ lines: not read, and not to be taken for text.
const TOML_OPEN = /^\+\+\+[ \t]*(?:\r\n?|\n)/;

/**
 * Parses an article file's content. Two formats: plain text whose first line is
 * `date YYYY-MM-DD` or `Date: YYYY-MM-DD` (body may follow on the same line; a `# Heading` or a
 * title line may come before it), or Markdown with YAML front matter.
 * A Markdown file (`markdown`) is read as the text its reader sees: `**bold**` and `[links](…)` are
 * their words, so that no digest shows a mark the article's author never meant as text.
 * Throws ArticleError with a one-line reason for bad input.
 */
export function parseArticle(content: string, id: string, markdown = false): Article {
  const article = parseHeader(content, id);
  if (!markdown) return shortTitle(withHeading(article, id));
  const title = article.title === null ? null : markdownText(article.title).replace(/\s+/g, ' ').trim() || null;
  return shortTitle(withHeading({ ...article, title, text: requireBody(markdownText(article.text), id) }, id));
}

// At most MAX_TITLE_CHARS, cut at a space with "…" (never inside an emoji).
function shortTitle(a: Article): Article {
  if (a.title === null || a.title.length <= MAX_TITLE_CHARS) return a;
  const cut = a.title.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
  let at = cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS - 1;
  if (/[\uD800-\uDBFF]/.test(a.title.charAt(at - 1))) at -= 1;
  return { ...a, title: `${a.title.slice(0, at).trimEnd()}…` };
}

function parseHeader(content: string, id: string): Article {
  checkText(content, id);
  // A byte-order mark (as Windows editors save) is an encoding marker, not text: the header is
  // read after it, and the body, to which all offsets point, never starts with one.
  const raw = content.replace(/^\uFEFF+/, '');
  const base: Article = { id, title: null, date: null, source: null, url: null, text: '', keyDate: null };
  if (FRONT_MATTER_OPEN.test(raw)) return { ...base, ...parseFrontMatter(raw, id) };
  if (TOML_OPEN.test(raw))
    throw new ArticleError(
      'bad-front-matter',
      `${id}: front matter between +++ lines (TOML) is not read; write it as YAML between --- lines (title: …, date: 2024-11-24)`,
    );
  const plain = plainHeader(raw, id);
  return { ...base, ...plain, text: requireBody(plain.text, id) };
}

// The text keeps its heading line, so that every offset still points into the text as given.
function withHeading(a: Article, id: string): Article {
  const heading = HEADING.exec(normalizeInput(a.text));
  // A heading and nothing under it is a title with no story: briefed, it was "# Heading" as a line.
  if (heading && normalizeInput(a.text).slice(heading[0].length).trim() === '')
    throw new ArticleError('empty', `${id}: the article has a heading but no text under it`);
  if (a.title !== null) return a;
  const title = heading?.[1]?.trim();
  return title ? { ...a, title } : a;
}

function checkText(raw: string, id: string): void {
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new ArticleError(
      'too-large',
      `${id}: article is larger than ${MAX_ARTICLE_BYTES / 1e6} MB (Herald reads news articles: trim the file or split it)`,
    );
  }
  // NUL bytes, or many control or replacement characters, mean a binary file read as text.
  const bad = (raw.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g) ?? []).length;
  if (raw.includes('\u0000') || bad > Math.max(3, raw.length / 100)) {
    throw new ArticleError(
      'binary',
      `${id}: this looks like binary data, not an article (expected text: UTF-8, UTF-16 or Windows-1252)`,
    );
  }
}

function requireBody(text: string, id: string): string {
  if (text.trim() === '') throw new ArticleError('empty', `${id}: the article has no text`);
  return text;
}

function parseFrontMatter(raw: string, id: string): Partial<Article> & { text: string } {
  const m = FRONT_MATTER.exec(raw);
  if (!m) throw new ArticleError('bad-front-matter', `${id}: front matter starts with --- but has no closing --- line`);
  let data: unknown;
  try {
    data = parseYaml(normalizeInput(m[1] ?? '')) ?? {};
  } catch (err) {
    throw new ArticleError('bad-front-matter', `${id}: front matter is not valid YAML (${firstLine(err)})`);
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const code = where.startsWith('date') || where.startsWith('keyDate') ? 'bad-date' : 'bad-front-matter';
    const field = where === '' ? 'front matter' : `front matter field "${where}"`;
    throw new ArticleError(code, `${id}: ${field} ${issue?.message ?? 'is invalid'}`);
  }
  const fm = parsed.data;
  return {
    title: fm.title ?? null,
    date: fm.date ?? null,
    source: fm.source ?? null,
    url: fm.url ?? null,
    keyDate: fm.keyDate ?? null,
    text: requireBody(raw.slice(m[0].length), id),
  };
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
