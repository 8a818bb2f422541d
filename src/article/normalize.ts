/**
 * Input normalising shared by files, --jsonl lines and feed items: byte-order marks anywhere
 * (Windows editors write one at the start; concatenated files carry them inside) are dropped, as are
 * the invisible characters web pages put inside words (zero-width space, word joiner, soft hyphen:
 * "December\u200B 2" is a date, "inaugu\u00ADration" a word), and
 * CRLF, lone CR and the Unicode line and paragraph separators become "\n", so that every parser
 * downstream sees one kind of line end.
 */

// Dropped: U+FEFF, U+200B, U+2060, U+00AD. Line ends: CR not followed by LF, CRLF, U+2028/U+2029.
const DROPPED = /[\uFEFF\u200B\u2060\u00AD]/;
const ODD = /[\uFEFF\u200B\u2060\u00AD]|\r\n?|[\u2028\u2029]/;
const ODD_ALL = /[\uFEFF\u200B\u2060\u00AD]|\r\n?|[\u2028\u2029]/g;

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

/**
 * normalizeInput with an offset map, for a core that must report offsets into the text exactly
 * as given: a range of the normalised text maps to the range of the original holding the same
 * characters ("\n" that was "\r\n" covers both).
 */
export function normalizeWithMap(original: string): NormalizedText {
  if (!ODD.test(original)) return { text: original, toOriginal: (s, e) => [s, e] };
  const text = normalizeInput(original);
  // origin[i]: original offset where normalised character i starts; originEnd[i]: where it ends.
  const n = text.length;
  const origin = new Int32Array(n);
  const originEnd = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (c !== undefined && DROPPED.test(c)) continue;
    origin[k] = i;
    if (c === '\r' && original[i + 1] === '\n') i++;
    originEnd[k++] = i + 1;
  }
  return {
    text,
    toOriginal(start, end) {
      const s = start >= n ? original.length : (origin[start] ?? 0);
      const e = end <= start ? s : (originEnd[Math.min(end, n) - 1] ?? original.length);
      return [s, e];
    },
  };
}
