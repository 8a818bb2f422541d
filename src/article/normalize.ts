/**
 * Input normalising shared by files, --jsonl lines and feed items: byte-order marks anywhere
 * (Windows editors write one at the start; concatenated files carry them inside) are dropped, as are
 * the invisible characters web pages put inside words (zero-width space, word joiner, soft hyphen:
 * "December\u200B 2" is a date, "inaugu\u00ADration" a word) and bidirectional controls, and
 * CRLF, lone CR and the Unicode line and paragraph separators become "\n", so that every parser
 * downstream sees one kind of line end.
 */

// Dropped: U+FEFF, U+200B, U+2060, U+00AD, and the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069): one right-to-left override in a headline turned the rest of its
// line backwards, the date Herald prints after it too. Line ends: CR not followed by LF, CRLF,
// U+2028/U+2029.
const DROPPED = /[\uFEFF\u200B\u2060\u00AD\u202A-\u202E\u2066-\u2069]/;
const ODD = /[\uFEFF\u200B\u2060\u00AD\u202A-\u202E\u2066-\u2069]|\r\n?|[\u2028\u2029]/;
const ODD_ALL = /[\uFEFF\u200B\u2060\u00AD\u202A-\u202E\u2066-\u2069]|\r\n?|[\u2028\u2029]/g;

/** `text` without byte-order marks and with "\n" for every line end. Cheap when there is nothing to do. */
export function normalizeInput(text: string): string {
  return ODD.test(text) ? text.replace(ODD_ALL, (m) => (DROPPED.test(m) ? '' : '\n')) : text;
}

/** Normalised text and a way back to offsets of the text as given. */
export interface NormalizedText {
  text: string;
  /** Maps a [start, end) range of the normalised text to the same characters in the original. */
  toOriginal(start: number, end: number): [number, number];
}

// HTML character references, as text copied from a page's source carries them: numeric ones, and the
// named ones news copy uses. Others ("&copy;") stay as written.
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp|[lr][sd]quo|[mn]dash|hellip));/y;
const HAS_ENTITY = /&(?:#\d|#[xX]\p{AHex}|(?:amp|lt|gt|quot|apos|nbsp|[lr][sd]quo|[mn]dash|hellip);)/u;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/**
 * normalizeInput with an offset map, for a core that must report offsets into the text exactly
 * as given: a range of the normalised text maps to the range of the original holding the same
 * characters ("\n" that was "\r\n" covers both). For reading only, HTML character references are
 * read as the characters they stand for ("&#8220;" is “), each mapped back to the whole reference.
 */
export function normalizeWithMap(original: string): NormalizedText {
  if (!ODD.test(original) && !HAS_ENTITY.test(original) && !LONG_GAP.test(original))
    return { text: original, toOriginal: (s, e) => [s, e] };
  // origin[i]: original offset where normalised character i starts; originEnd[i]: where it ends.
  const chars: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  const emit = (c: string, from: number, to: number): void => {
    chars.push(c);
    origin.push(from);
    originEnd.push(to);
  };
  for (let i = 0; i < original.length; i++) {
    const c = original[i] ?? '';
    if (DROPPED.test(c)) continue;
    // A long run of spaces or blank lines (a page's layout, or text made to stall the reader) reads
    // as one space or one paragraph break: rules that look back across the space between words would
    // otherwise go over the run again at each of its characters.
    const gap = GAP_CHAR.test(c) ? gapAt(original, i) : 0;
    if (gap > MAX_GAP) {
      // As many line ends as the run holds, up to two: none, a line break, or a paragraph break.
      const lines =
        original
          .slice(i, i + gap)
          .replace(/\r\n/g, '\n')
          .match(/[\r\n\u2028\u2029]/g)?.length ?? 0;
      for (const unit of lines === 0 ? ' ' : '\n'.repeat(Math.min(lines, 2))) emit(unit, i, i + gap);
      i += gap - 1;
      continue;
    }
    if (c === '\r') {
      const to = original[i + 1] === '\n' ? i + 2 : i + 1;
      emit('\n', i, to);
      i = to - 1;
    } else if (c === '\u2028' || c === '\u2029') emit('\n', i, i + 1);
    else if (c === '&' && entityAt(original, i)) {
      const [decoded, length] = entityAt(original, i) ?? ['', 1];
      for (const unit of decoded.split('')) emit(unit, i, i + length);
      i += length - 1;
    } else emit(c, i, i + 1);
  }
  const text = chars.join('');
  const n = text.length;
  return {
    text,
    toOriginal(start, end) {
      const s = start >= n ? original.length : (origin[start] ?? 0);
      const e = end <= start ? s : (originEnd[Math.min(end, n) - 1] ?? original.length);
      return [s, e];
    },
  };
}

const MAX_GAP = 8;
const GAP_CHAR = /[ \t\u00A0\r\n\u2028\u2029]/;
const LONG_GAP = /[ \t\u00A0\r\n\u2028\u2029]{9}/;

// How many spaces, tabs, no-break spaces and line ends run from `i`.
function gapAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && GAP_CHAR.test(text[j] ?? '')) j++;
  return j - i;
}

// The character an HTML reference at `i` stands for, and the reference's length; null for none.
function entityAt(text: string, i: number): [string, number] | null {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m) return null;
  const code = m[1] ? Number(m[1]) : m[2] ? Number.parseInt(m[2], 16) : null;
  if (code === null) return [NAMED[m[3] ?? ''] ?? '', m[0].length];
  // A code point that is no character (0, a surrogate, past U+10FFFF) stays as written.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return [String.fromCodePoint(code), m[0].length];
}
