import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Article } from './types.js';
import { isIsoDay } from '../time/calendar.js';
import { normalizeInput } from './normalize.js';
import { wholeDay, writtenDay } from '../time/written-day.js';
import { ArticleError } from '../errors.js';
import { markdownText } from './markdown.js';

/** Articles larger than this are refused: they are not news articles, and would stall a digest. */
export const MAX_ARTICLE_BYTES = 2_000_000;

const DATE_FORMS = 'must be a real date, written 2024-11-24, 24 November 2024 or November 24, 2024';
// A date as people write it ("24 November 2024", "Nov. 24, 2024"); a time after the day, as site
// generators write it ("2025-01-06T18:30:00Z"), is dropped: the day as written is the author's own.
const isoDay = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (wholeDay(v.trim()) ?? v)))
  .refine(isIsoDay, { message: DATE_FORMS });
// A Markdown file's leading "# Heading" is its title when nothing else gives one.
const HEADING = /^\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)/;

const frontMatterSchema = z.object({
  title: z.string().trim().min(1).optional(),
  date: isoDay.optional(),
  source: z.string().trim().min(1).optional(),
  url: z.string().url().optional(),
  keyDate: z.object({ date: isoDay, label: z.string().trim().min(1) }).optional(),
});

// A first line that may come before the date line: a "# Heading", or a title of up to 300 characters.
const FIRST_LINE = /^[ \t]*(#[ \t]+[^\r\n]*|[^\s#][^\r\n]{0,299})(?:\r\n?|\n)/;
// "date 2024-11-24", and as people also write it, "Date: 2024-11-24" or "Published: Nov. 24, 2024".
// "Updated" or "Last updated" stands in when a page prints no other date.
const DATE_LABEL = /^[ \t]*(?:date|published|posted|(?:last[ \t]+)?updated)(?:[ \t]+on)?(?:[ \t]*:[ \t]*|[ \t]+)/i;
// The rest of a date line that is still header: "| By Jane Smith", ", updated 6 January", "· 4 min read".
const DATE_TAIL = /^[ \t]*(?:[,|·•][^\r\n]{0,120})?(?=\r|\n|$)/;
// What a writer meant as a date: "2024-02-30", "03/04/2025", "31 Februar 2025"; not "3 hours ago".
const DATE_SHAPE = /^\d{1,4}(?:[-/.]\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
// Line ends may be CRLF or a lone CR (old Mac editors) as well as LF.
// A line between a title and its date line, and one that is a byline: "By Jane Smith, Transport
// correspondent", or a name alone ("Jane Smith", "Jane Smith | Transport").
// A title line: up to 150 characters ending without a sentence's mark, then a blank line.
const TITLE_LINE = /^[ \t]*([^\s#>*-][^\r\n]{0,148}[^\s.!?:;,…"”'’)\]])[ \t]*(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/;
const HEADER_LINE = /^[^\r\n]{1,300}(?:\r\n?|\n)/;
const BYLINE =
  /^[ \t]*(?:[Bb]y[ \t]+\p{Lu}|\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*(?:[,|·][^\r\n]{0,80})?\s*$)/u;
const FRONT_MATTER_OPEN = /^---[ \t]*(?:\r\n?|\n)/;
const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/;

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
  if (!markdown) return withHeading(article);
  const title = article.title === null ? null : markdownText(article.title).replace(/\s+/g, ' ').trim() || null;
  return withHeading({ ...article, title, text: requireBody(markdownText(article.text), id) });
}

function parseHeader(content: string, id: string): Article {
  checkText(content, id);
  // A byte-order mark (as Windows editors save) is an encoding marker, not text: the header is
  // read after it, and the body, to which all offsets point, never starts with one.
  const raw = content.replace(/^\uFEFF+/, '');
  const base: Article = { id, title: null, date: null, source: null, url: null, text: '', keyDate: null };
  if (FRONT_MATTER_OPEN.test(raw)) return { ...base, ...parseFrontMatter(raw, id) };
  // Blank lines above the header, as a copy from a web page leaves them, are not part of it.
  const top = raw.slice(blanks(raw));
  const onFirst = headerDate(top, id, true);
  if (onFirst) {
    const body = bodyAfter(top, onFirst.end);
    // "date 2024-11-24 Russian leader …": the body starts on the date's line, and has no title.
    const alone = /^[\r\n]/.test(top.slice(onFirst.end));
    return { ...base, date: onFirst.date, ...(alone ? titleBelow(body, id) : { text: requireBody(body, id) }) };
  }
  // Else the date line comes after a leading "# Heading" line (which stays in the text) or a plain
  // title line (which, like a front-matter title, does not), perhaps with a byline between them.
  const first = FIRST_LINE.exec(top);
  if (!first) return { ...base, text: requireBody(raw, id) };
  // Right after the title, a label before a date that is not real is an error, as on the first line.
  const next = headerDate(top.slice(first[0].length), id, true);
  const found = next ? { at: first[0].length, date: next, kept: '' } : dateBelowTitle(top, first[0].length, id);
  if (!found) return { ...base, text: requireBody(raw, id) };
  const rest = bodyAfter(top, found.at + found.date.end);
  const body = found.kept ? found.kept + rest.slice(blanks(rest)) : rest;
  if (first[0].trimStart().startsWith('#'))
    return { ...base, date: found.date.date, text: requireBody(first[0] + body, id) };
  return { ...base, title: first[1]?.trim() ?? null, date: found.date.date, text: requireBody(body, id) };
}

// A date line within the three lines below a title, past blank lines, a byline and a standfirst:
// where it starts, its day, and the lines passed that are text (a standfirst is; a byline is not).
function dateBelowTitle(
  s: string,
  from: number,
  id: string,
): { at: number; date: { date: string; end: number }; kept: string } | null {
  let at = from;
  let kept = '';
  for (let i = 0; i < 3; i++) {
    at += blanks(s.slice(at));
    const date = headerDate(s.slice(at), id, false);
    if (date) return { at, date, kept };
    const line = HEADER_LINE.exec(s.slice(at))?.[0];
    if (line === undefined) return null;
    if (!BYLINE.test(line)) kept += `${line.trimEnd()}\n\n`;
    at += line.length;
  }
  return null;
}

// Below a date line that stands alone, a headline line set apart by a blank line is the title, as
// people write a file by hand: a short line with no sentence-ending mark, no byline.
function titleBelow(body: string, id: string): { title: string | null; text: string } {
  const at = blanks(body);
  const line = TITLE_LINE.exec(body.slice(at));
  const title = line?.[1];
  if (!line || !title || BYLINE.test(title) || !/\p{L}[^\r\n]*\s\S*\p{L}/u.test(title))
    return { title: null, text: requireBody(body, id) };
  const rest = body.slice(at + line[0].length);
  return { title, text: requireBody(rest.slice(blanks(rest)), id) };
}

// The length of the blank lines at the start of `s`.
function blanks(s: string): number {
  return /^(?:[ \t]*(?:\r\n?|\n))*/.exec(s)?.[0].length ?? 0;
}

// The text after a header line that ends at `end`: the line end goes with the header.
function bodyAfter(s: string, end: number): string {
  return s.slice(end).replace(/^(?:\r\n?|\n)/, '');
}

// A date line at the start of `s`, labelled ("date", "Published:") or a date alone on its line
// ("Sunday 5 January 2025 10:42 GMT", as news sites print it under a headline): its day and where
// it ends (after the spaces that follow it), or null.
function headerDate(s: string, id: string, strict: boolean): { date: string; end: number } | null {
  const labelled = dateLine(s, id, strict);
  if (labelled) return { date: labelled.date, end: labelled.length };
  const indent = /^[ \t]*/.exec(s)?.[0].length ?? 0;
  const found = writtenDay(s.slice(indent));
  if (!found) return null;
  // Words after the date on its line make it the start of a sentence, not a dateline.
  const tail = DATE_TAIL.exec(s.slice(indent + found.length));
  return tail ? { date: found.day, end: indent + found.length + tail[0].length } : null;
}

// A labelled date line at the start of `s`: its day and length (with the spaces after it), or null
// when `s` opens with no such line. When `strict`, a label followed by digits that are no date is an
// error, not text.
function dateLine(s: string, id: string, strict: boolean): { date: string; length: number } | null {
  const label = DATE_LABEL.exec(s)?.[0];
  if (label === undefined) return null;
  const rest = s.slice(label.length);
  const found = writtenDay(rest);
  if (found) {
    const after = rest.slice(found.length);
    const tail = DATE_TAIL.exec(after) ?? /^[ \t]*/.exec(after);
    return { date: found.day, length: label.length + found.length + (tail?.[0].length ?? 0) };
  }
  if (!strict || !DATE_SHAPE.test(rest)) return null;
  const written = /^\S+/.exec(rest)?.[0] ?? '';
  throw new ArticleError('bad-date', `${id}: the date line's "${written}" is not a real date (write it as 2024-11-24)`);
}

// The text keeps its heading line, so that every offset still points into the text as given.
function withHeading(a: Article): Article {
  if (a.title !== null) return a;
  const title = HEADING.exec(normalizeInput(a.text))?.[1]?.trim();
  return title ? { ...a, title } : a;
}

function checkText(raw: string, id: string): void {
  if (Buffer.byteLength(raw, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new ArticleError('too-large', `${id}: article is larger than ${MAX_ARTICLE_BYTES / 1e6} MB`);
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
    const where = issue?.path.join('.') || 'front matter';
    const code = where.startsWith('date') || where.startsWith('keyDate') ? 'bad-date' : 'bad-front-matter';
    throw new ArticleError(code, `${id}: front matter field "${where}" ${issue?.message ?? 'is invalid'}`);
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
