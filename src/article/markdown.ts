import { inlineText } from './markdown-inline.js';

/**
 * The text a reader of a Markdown article sees: emphasis, code marks, links and escapes become the
 * words they mark ("**12 to 3**" is "12 to 3", "[the report](https://…)" is "the report"); images,
 * comments, HTML tags, rules, fences and link definitions go; quoted blocks lose their ">". Headings
 * keep their "# " (a "Title\n====" one gains it), so the first is still the title and none is read
 * as a sentence. List items keep their markers, and paragraphs their blank lines.
 *
 * Written here rather than taken from a Markdown parser: micromark read 200 KB of prose in 1.5 s and
 * a 200 KB run of `*_\`[` in 170 s, and marked a run of `_a_b ` in 220 s; an article may be 2 MB of
 * anyone's text. Every step here is one pass, with bounded look-ahead.
 */
export function markdownText(markdown: string): string {
  const lines = withoutComments(markdown).split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(QUOTE_MARKS, '');
    if (SETEXT.test(line) && out.length > 0 && (out.at(-1) ?? '').trim() !== '' && !HEADING.test(out.at(-1) ?? '')) {
      out.push(`${/=/.test(line) ? '#' : '##'} ${(out.pop() ?? '').trim()}`);
      continue;
    }
    if (RULE.test(line) || FENCE.test(line) || DEFINITION.test(line)) out.push('');
    else out.push(line);
  }
  return out
    .join('\n')
    .split(PARAGRAPH_BREAK)
    .map((p) => inlineText(p).replace(/^\s*\n|\n\s*$/g, ''))
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}

// ">" marks of a quoted block, nested or not ("> > text").
const QUOTE_MARKS = /^(?:[ \t]{0,3}>)+[ \t]?/;
// "====" or "----" under a line of text makes it a heading.
const SETEXT = /^[ \t]{0,3}(?:=+|-{2,})[ \t]*$/;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;
// A thematic break: three or more of "*", "-" or "_", with spaces between.
const RULE = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})[^`\n]{0,100}$/;
// "[1]: https://example.org/source "Title"": where a reference link points, not text.
const DEFINITION = /^[ \t]{0,3}\[[^\][\n]{1,200}\]:[ \t]*\S{1,2000}(?:[ \t]+\S[^\n]{0,300})?$/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

// "<!-- note -->" goes, over several lines too; one never closed runs to the end. Cut with indexOf
// rather than a lazy regex, which would rescan the rest of the text at each "<!--".
function withoutComments(text: string): string {
  const [first = '', ...rest] = text.split('<!--');
  let out = first;
  for (const part of rest) {
    const end = part.indexOf('-->');
    if (end >= 0) out += part.slice(end + 3);
  }
  return out;
}
