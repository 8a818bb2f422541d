/** What a platform's markup needs kept whole or carried over when its text is cut. */
export interface SplitOptions {
  /** Runs never cut in two (Slack's `&amp;` entities); a cut that would fall inside one moves before it. */
  atomic?: RegExp;
  /** A line prefix continued on the next piece when a line that starts with it is cut (Discord's `> `). */
  carry?: string;
}

// Where a piece may end, best first: a blank line, a line end, a sentence end, any space.
// (The sentence end is looked for behind a space found first: tried at every character, it read back
// over a run of closing marks each time.)
const BREAKS = [/\n\n/g, /\n/g, /\s(?<=[.!?…]["'”’)\]]*\s)/g, /\s/g];

/**
 * The longest head of `text` of at most `max` characters that ends at the best break in reach,
 * and the rest. Only a run of `max` characters without any break is cut mid-word, and then never
 * between the halves of a surrogate pair (an emoji) nor inside an atomic run.
 */
export function cut(text: string, max: number, opts: SplitOptions = {}): [string, string] {
  if (text.length <= max) return [text, ''];
  const window = text.slice(0, max + 1);
  let at = -1;
  for (const re of BREAKS) {
    for (const m of window.matchAll(re)) if (m.index > 0 && m.index <= max) at = m.index;
    if (at > 0) break;
  }
  if (at <= 0) at = hardCut(text, Math.max(1, max), opts.atomic);
  const head = text.slice(0, at).trimEnd();
  let rest = text.slice(at).replace(/^\s+/, '');
  const carry = opts.carry;
  if (
    carry &&
    head.slice(head.lastIndexOf('\n') + 1).startsWith(carry) &&
    !/^\s*\n/.test(text.slice(at)) &&
    !rest.startsWith(carry)
  ) {
    rest = carry + rest;
  }
  return [head, rest];
}

function hardCut(text: string, max: number, atomic: RegExp | undefined): number {
  let at = max;
  if (atomic) {
    const re = new RegExp(atomic.source, atomic.flags.includes('g') ? atomic.flags : `${atomic.flags}g`);
    for (const m of text.slice(0, max + 16).matchAll(re))
      if (m.index > 0 && m.index < at && m.index + m[0].length > at) at = m.index;
  }
  if (at > 1 && /[\uD800-\uDBFF]/.test(text.charAt(at - 1))) at -= 1;
  return graphemeStart(text, at);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// A cut inside what a reader sees as one character (a flag's two letters, emoji joined by ZWJ, a
// letter and its accent) moves to its start; both halves of 🇺🇦 show as boxed letters, an accent
// alone as a dotted circle. Only a window around the cut is read: the text may be long.
function graphemeStart(text: string, at: number): number {
  let from = Math.max(0, at - 32);
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(from))) from -= 1;
  // Flag letters pair from the start of their run, so the window starts there.
  while (from >= 2 && /\uD83C[\uDDE6-\uDDFF]/.test(text.slice(from - 2, from))) from -= 2;
  let start = from;
  for (const { index } of graphemes.segment(text.slice(from, at + 32))) {
    if (from + index > at) break;
    start = from + index;
  }
  // A cluster that starts the text (or the window) is cut where it was: a piece must not be empty.
  return start > from ? start : at;
}

/**
 * Splits text into pieces of at most `max` characters, each cut as `cut()` does, so nothing is
 * dropped; blank pieces are left out.
 */
export function splitText(text: string, max: number, opts: SplitOptions = {}): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const [head, tail] = cut(rest, max, opts);
    if (head !== '') out.push(head);
    rest = tail;
  }
  if (rest.trim() !== '') out.push(rest);
  return out;
}

/**
 * A short text (a title, a label) cut to at most `max` characters at its last space when that
 * keeps more than half of it, else at `max` itself (emoji- and atomic-safe): head and rest.
 */
export function cutShort(text: string, max: number, opts: SplitOptions = {}): [string, string] {
  if (text.length <= max) return [text, ''];
  const space = text.lastIndexOf(' ', max);
  const at = space > max / 2 ? space : hardCut(text, Math.max(1, max), opts.atomic);
  return [text.slice(0, at).trimEnd(), text.slice(at).trimStart()];
}

/** The text shortened to at most `max` characters as `cutShort()` does, ending in `…` when shortened. */
export function truncate(text: string, max: number, opts: SplitOptions = {}): string {
  return text.length <= max ? text : `${cutShort(text, max - 1, opts)[0]}…`;
}

/**
 * Joins lines (each given `prefix`) into texts of at most `max` characters, one line per text
 * line; a line too long on its own is split as `splitText()` does.
 */
export function packLines(lines: string[], max: number, prefix = '', opts: SplitOptions = {}): string[] {
  const room = max - prefix.length;
  const pieces = lines.flatMap((l) => (l.length <= room ? [l] : splitText(l, room, opts))).map((l) => prefix + l);
  return pack(pieces, { maxSize: max, size: (p, i) => p.length + (i > 0 ? 1 : 0) }).map((g) => g.join('\n'));
}

/** Limits of one group in `pack()`. */
export interface PackLimits<T> {
  maxItems?: number;
  maxSize?: number;
  /** An item's share of maxSize; `index` is its place in the group (a separator before all but the first). */
  size?: (item: T, index: number) => number;
}

/**
 * Items in order, in groups of at most `maxItems` and `maxSize`. An item bigger than `maxSize`
 * alone gets a group of its own: callers split such items first.
 */
export function pack<T>(items: readonly T[], limits: PackLimits<T>): T[][] {
  const { maxItems = Infinity, maxSize = Infinity, size = () => 0 } = limits;
  const out: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const item of items) {
    if (cur.length > 0 && (cur.length >= maxItems || used + size(item, cur.length) > maxSize)) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    used += size(item, cur.length);
    cur.push(item);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

// RFC 3986 characters only; a % must start an escape.
const URI = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/i;

/**
 * The URL as a chat platform can link it: an http(s) URI of at most `maxLength` characters in
 * RFC 3986 characters (one written with others, Cyrillic say, comes back percent-encoded), or
 * undefined for anything else.
 */
export function linkableUrl(raw: string, maxLength = 2048): string | undefined {
  const ok = (u: string): boolean =>
    u.length <= maxLength && URI.test(u) && !/%(?![0-9a-f]{2})/i.test(u) && URL.canParse(u);
  if (ok(raw)) return raw;
  if (!/^https?:\/\/\S+$/i.test(raw) || !URL.canParse(raw)) return undefined;
  const href = new URL(raw).href;
  return ok(href) ? href : undefined;
}
