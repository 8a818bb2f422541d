import { ArticleError } from '../errors.js';
import { writtenDay } from '../time/written-day.js';

// A first line that may come before the date line: a "# Heading", or a title of up to 300 characters.
const FIRST_LINE = /^[ \t]*(#[ \t]+[^\r\n]*|[^\s#][^\r\n]{0,299})(?:\r\n?|\n)/;
// "date 2024-11-24", and as people also write it, "Date: 2024-11-24" or "Published: Nov. 24, 2024".
// "Updated" or "Last updated" stands in when a page prints no other date.
// The label may be set off by a dash too ("Date - 5 January 2025", "Published — Nov. 24, 2024").
const DATE_LABEL =
  /^[ \t]*(?:date|published|posted|(?:last[ \t]+)?updated)(?:[ \t]+on)?(?:[ \t]*[:\-\u2013\u2014][ \t]*|[ \t]+)/i;
// The rest of a date line that is still header: "| By Jane Smith", ", updated 6 January", "· 4 min read".
const DATE_TAIL = /^[ \t]*(?:[,|·•][^\r\n]{0,120})?(?=\r|\n|$)/;
// What a writer meant as a date: "2024-02-30", "03/04/2025", "31 Februar 2025"; not "3 hours ago".
const DATE_SHAPE = /^\d{1,4}(?:[-/.]\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
// A title line below a date line: up to 150 characters ending without a sentence's mark, then a blank line.
// A closing quotation mark right after a word ends a headline ("…asks for “more time to polish”"); one
// after a sentence's mark ends a quoted sentence.
const TITLE_LINE =
  /^[ \t]*([^\s#>*-][^\r\n]{0,148}(?:[^\s.!?:;,…"”'’)\]]|(?<=[\p{L}\d])["”’]))[ \t]*(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/u;
// A line between a title and its date line, and one that is a byline: "By Jane Smith, Transport
// correspondent", or a name alone ("Jane Smith", "Jane Smith | Transport").
const HEADER_LINE = /^[^\r\n]{1,300}(?:\r\n?|\n)/;
const BYLINE =
  /^[ \t]*(?:[Bb]y[ \t]+\p{Lu}|\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*(?:[,|·][^\r\n]{0,80})?\s*$)/u;

/**
 * Reads the header of a plain-text article (`raw`, after any byte-order mark): its date line, and
 * the title above or below it, as people write a file by hand or copy one from a news page. Returns
 * the text after the header (all of `raw` when it has none). Throws ArticleError for a date line
 * whose date is not a real one.
 */
export function plainHeader(raw: string, id: string): { title: string | null; date: string | null; text: string } {
  // Blank lines above the header, as a copy from a web page leaves them, are not part of it.
  const top = raw.slice(blanks(raw));
  const onFirst = headerDate(top, id, true);
  if (onFirst) {
    const body = bodyAfter(top, onFirst.end);
    // "date 2024-11-24 Russian leader …": the body starts on the date's line, and has no title.
    const alone = /^[\r\n]/.test(top.slice(onFirst.end));
    return { date: onFirst.date, ...(alone ? titleBelow(body) : { title: null, text: body }) };
  }
  // Else the date line comes after a leading "# Heading" line (which stays in the text) or a plain
  // title line (which, like a front-matter title, does not), perhaps with a byline between them.
  // With no date line, a title set apart at the top is still the title, as a reader takes it.
  // A "Posted 3 hours ago" line is a page's stamp, not a title.
  const undated = () =>
    DATE_LABEL.test(top) ? { title: null, date: null, text: raw } : { date: null, ...titleBelow(top) };
  const first = FIRST_LINE.exec(top);
  if (!first) return undated();
  // Right after the title, a label before a date that is not real is an error, as on the first line.
  const next = headerDate(top.slice(first[0].length), id, true);
  const found = next ? { at: first[0].length, date: next, kept: '' } : dateBelowTitle(top, first[0].length, id);
  if (!found) return undated();
  const rest = bodyAfter(top, found.at + found.date.end);
  const text = found.kept ? found.kept + rest.slice(blanks(rest)) : rest;
  if (first[0].trimStart().startsWith('#')) return { title: null, date: found.date.date, text: first[0] + text };
  return { title: titleText(first[1]), date: found.date.date, text };
}

// A title line as people label it above a "Date:" line, "Title: Storm warning for Coromandel", is
// read without its label, as front matter's `title:` is.
function titleText(line: string | undefined): string | null {
  const title = line?.trim().replace(/^(?:title|headline)[ \t]*[:\-\u2013\u2014][ \t]*(?=\S)/i, '');
  return title || null;
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
function titleBelow(body: string): { title: string | null; text: string } {
  const at = blanks(body);
  const line = TITLE_LINE.exec(body.slice(at));
  const title = line?.[1];
  if (!line || !title || BYLINE.test(title) || !/\p{L}[^\r\n]*\s\S*\p{L}/u.test(title))
    return { title: null, text: body };
  const rest = body.slice(at + line[0].length);
  return { title, text: rest.slice(blanks(rest)) };
}

// The length of the blank lines at the start of `s`.
// A loop, not a regex: V8 backtracks a repeated group over a million blank lines at ~300 ns each.
function blanks(s: string): number {
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\n' || c === '\r') end = i + 1;
    else if (c !== ' ' && c !== '\t') break;
  }
  return end;
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
