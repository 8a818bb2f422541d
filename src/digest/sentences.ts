/** A sentence of the article: `text` is exactly `article.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block of text between blank lines or line breaks). */
  paragraph: number;
}

// What the two below read of a sentence (a caller may hold only these).
type SentenceText = Pick<Sentence, 'text' | 'start'>;

/**
 * The text of sentence `s` just before `span` starts: at most `reach` characters (without one, all of
 * it from the sentence's start). The words the date rules read for what a day is ("called off … on").
 */
export function textBefore(s: SentenceText, span: { start: number }, reach = Number.POSITIVE_INFINITY): string {
  return s.text.slice(Math.max(0, span.start - s.start - reach), span.start - s.start);
}

/** The text of sentence `s` just after `span` ends: at most `reach` characters (without one, the rest). */
export function textAfter(s: SentenceText, span: { end: number }, reach = Number.POSITIVE_INFINITY): string {
  const from = span.end - s.start;
  return s.text.slice(from, from + reach);
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sr jr gen lt col capt cmdr sgt maj adm gov sen rep rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed weds thu thur thurs fri sat sun ' +
    'vs v etc inc ltd co corp bros dept est approx fig ft mt ave blvd rd al ' +
    'u.s u.k u.n e.g i.e a.m p.m'
  ).split(' '),
);

const END = /[.!?]+["'”’)\]]*(?=\s+|$)/g;

/** Splits text into sentences with offsets; never splits mid-word or after a known abbreviation. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /[^\n]+/g;
  let paragraph = 0;
  for (let p = paraRe.exec(text); p; p = paraRe.exec(text)) {
    if (p[0].trim() === '') continue;
    splitParagraph(p[0], p.index, paragraph++, out);
  }
  return out;
}

function splitParagraph(para: string, offset: number, paragraph: number, out: Sentence[]): void {
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(para); m; m = END.exec(para)) {
    const stop = m.index + m[0].length;
    if (!endsSentence(para, m.index, stop)) continue;
    push(para, from, stop, offset, paragraph, out);
    from = stop;
  }
  push(para, from, para.length, offset, paragraph, out);
}

function endsSentence(para: string, dot: number, stop: number): boolean {
  // Look at a few characters around the stop, never at the rest of the paragraph: copying it for
  // every full stop made splitting quadratic in the paragraph's length.
  let i = stop;
  while (i < para.length && /\s/.test(para[i] as string)) i++;
  if (i >= para.length) return true;
  // The next sentence starts with a capital, digit or opening mark; lower case means we are mid-sentence.
  if (!/[\p{Lu}\d"'“‘([]/u.test(para[i] as string)) return false;
  if (para[dot] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(para.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  if (word === '') return true;
  // "on the 21st. She is survived…": an ordinal day ends its sentence; its "st" is no Saint or Street.
  if (/^(?:st|nd|rd|th)$/i.test(word) && /\d/.test(para[dot - word.length - 1] ?? '')) return true;
  // "at 2 p.m. A memorial service…", "in the U.S. The bank…": an abbreviation that often ends a
  // sentence does, when a word that opens sentences follows.
  if (CAN_END.has(word.toLowerCase()) && OPENER.test(para.slice(i, i + 12))) return true;
  // "No. 10", "pp. 12–14", "Vol. 3": short only before a number; "The senator voted no. The bill…" ends.
  if (BEFORE_NUMBER.has(word.toLowerCase())) return !/[\d#]/.test(para[i] as string);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials such as "J." or "U.S." in a name.
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

// Abbreviations of a numbered thing, written before its number.
const BEFORE_NUMBER = new Set(['no', 'nos', 'pp', 'vol', 'vols', 'ch', 'sec', 'para', 'paras', 'op']);

// "the vote on Tues. The board…": a weekday's abbreviation ends its sentence as often as a time's.
const CAN_END = new Set([
  ...['a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr'],
  ...['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
]);
const OPENER =
  /^(?:The|A|An|He|She|It|They|We|His|Her|Its|Their|But|This|That|These|Those|There|When|After|However|Meanwhile)\s/;

// No sentence of news runs this long; text without stops is cut at a space before it, so that rules
// reading across a sentence stay bounded whatever the article holds.
const MAX_SENTENCE = 3000;

function push(para: string, from: number, to: number, offset: number, paragraph: number, out: Sentence[]): void {
  while (to - from > MAX_SENTENCE) {
    const space = para.lastIndexOf(' ', from + MAX_SENTENCE);
    const cut = space > from ? space : from + MAX_SENTENCE;
    push(para, from, cut, offset, paragraph, out);
    from = cut;
  }
  const raw = para.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === '') return;
  const start = offset + from + lead;
  out.push({ text, start, end: start + text.length, paragraph });
}
