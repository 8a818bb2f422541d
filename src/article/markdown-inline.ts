// Inline Markdown read as the words it marks, for markdown.ts. Each pattern stops at the next bracket,
// parenthesis or line end, so none rescans the text; emphasis is paired in one pass with a stack.

// A URL in a link, with at most one level of parentheses ("…/wiki/Foo_(bar)") and an optional title.
const TARGET = String.raw`\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)`;
const IMAGE = new RegExp(String.raw`!\[[^\][\n]{0,500}\](?:${TARGET}|\[[^\][\n]{0,100}\])`, 'g');
const LINK = new RegExp(String.raw`\[([^\][\n]{0,500})\](?:${TARGET}|\[[^\][\n]{0,100}\])`, 'g');
const AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,2000})>/g;
// The HTML tags Markdown writers put inside a paragraph. Only these: "if x <y and z> w" stays.
const TAG =
  /<\/?(?:a|abbr|b|br|cite|code|del|em|font|i|img|ins|kbd|mark|q|s|small|span|strong|sub|sup|time|u)(?:\s[^<>]{0,500})?\/?>/gi;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const MARKUP = /[*_~`[<\\]/;
const RUN = /\\?(?:\*+|_+|~+|`+)/g;

interface Run {
  at: number;
  length: number;
  mark: string;
}

/** One paragraph of Markdown as the text it shows. */
export function inlineText(paragraph: string): string {
  if (!MARKUP.test(paragraph)) return paragraph;
  const linked = paragraph
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(TAG, (tag) => (/^<br\b/i.test(tag) ? '\n' : ''));
  return withoutMarks(linked).replace(ESCAPE, '$1');
}

// Drops the emphasis, strikethrough and code marks that pair up; an unpaired one ("5 * 3", "f***",
// "snake_case") is text. A mark inside a word never pairs, as "_" does not in CommonMark: news
// prints "f**k" and "s**t", and "*" as emphasis inside a word is rare.
function withoutMarks(text: string): string {
  const drop = new Uint8Array(text.length);
  const open = new Map<string, Run[]>();
  let code: Run | null = null;
  for (const m of text.matchAll(RUN)) {
    if (m[0].startsWith('\\')) continue; // "\*" is a literal star
    const run: Run = { at: m.index, length: m[0].length, mark: m[0][0] ?? '' };
    if (run.mark === '`') {
      // A code span closes at the next run of as many backticks; inside it nothing is a mark.
      if (code === null) code = run;
      else if (code.length === run.length) {
        drop.fill(1, code.at, code.at + code.length);
        drop.fill(1, run.at, run.at + run.length);
        code = null;
      }
      continue;
    }
    if (code !== null || (run.mark === '~' && run.length > 2)) continue;
    const [canOpen, canClose] = flanks(text, run);
    const stack = open.get(run.mark) ?? [];
    open.set(run.mark, stack);
    const opener = canClose ? stack.pop() : undefined;
    if (opener) {
      const k = Math.min(opener.length, run.length);
      drop.fill(1, opener.at + opener.length - k, opener.at + opener.length);
      drop.fill(1, run.at, run.at + k);
    } else if (canOpen) stack.push(run);
  }
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || drop[i]) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out;
}

// Whether a run can open and close emphasis, as CommonMark's flanking rules say, with marks inside a
// word ("f**k", "snake_case") doing neither.
function flanks(text: string, run: Run): [boolean, boolean] {
  const before = text[run.at - 1];
  const after = text[run.at + run.length];
  const left = !space(after) && (!punct(after) || space(before) || punct(before));
  const right = !space(before) && (!punct(before) || space(after) || punct(after));
  if (left && right && !punct(before) && !punct(after)) return [false, false];
  return [left && !(right && !punct(before)), right && !(left && !punct(after))];
}

const space = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const punct = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c);
