/** A quotation as found in the text: its marks, and the content parts between them. */
export interface RawQuote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  kind: 'double' | 'single';
  /** Content ranges: more than one when the quote runs over paragraphs (each reopened with a mark). */
  parts: Array<[number, number]>;
  /** Where the attribution sits when it interrupts the quotation (“A,” he said, “B.”). */
  attrAt?: number;
}

const MAX_SINGLE = 4000;
const MAX_DOUBLE = 12000;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function opensAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || /[\s([{\u2014\u2013\-\/:;]/.test(prev)) && next !== undefined && !/\s/.test(next);
}

function closesSingleAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isSpace(prev) || isWordChar(next)) return false;
  // "the players’ union": a plural possessive, not the end of the quote.
  if (prev === 's' && next === ' ' && /^ [\p{Ll}]/u.test(text.slice(i + 1, i + 3))) return false;
  return true;
}

/** The opening mark of a new paragraph inside an open quote (news style omits the close before it). */
function reopensAt(text: string, i: number): boolean {
  return /(?:[.!?…,:;]["'”’)]?|[.!?…]['’])\s+$|\n\s*$/.test(text.slice(Math.max(0, i - 6), i));
}

/**
 * Finds top-level quotations: curly and straight double marks, and speech in single marks
 * (‘…’ or '…') where no double mark is open. Marks nested inside a quotation stay inside it.
 * Apostrophes (a mark between letters, or a plural possessive) never open or close a quotation.
 */
export function findRawQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let cur: (RawQuote & { partStart: number }) | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (cur === null) {
      if ((ch === '“' || ch === '"' || ch === '„') && opensAt(text, i)) {
        cur = { start: i, end: -1, kind: 'double', parts: [], partStart: i + 1 };
      } else if ((ch === '‘' || ch === "'") && opensAt(text, i) && isWordChar(text[i + 1]) || (ch === '‘' && opensAt(text, i) && /["“‘]/.test(text[i + 1] ?? ''))) {
        cur = { start: i, end: -1, kind: 'single', parts: [], partStart: i + 1 };
      }
      continue;
    }
    const limit = cur.kind === 'double' ? MAX_DOUBLE : MAX_SINGLE;
    if (i - cur.start > limit) {
      // Runaway quotation: its opening mark was not one. Rescan from just after it.
      i = cur.start;
      cur = null;
      continue;
    }
    if (ch === '\n') {
      const j = i + (/^\s*/.exec(text.slice(i))?.[0].length ?? 0);
      const mark = text[j];
      const same = cur.kind === 'double' ? mark === '“' || mark === '"' : mark === '‘' || mark === "'";
      if (same && j < text.length) {
        cur.parts.push([cur.partStart, trimEnd(text, cur.partStart, i)]);
        cur.partStart = j + 1;
        i = j;
      } else {
        cur = null; // unterminated within its paragraph and not continued: not a quotation
      }
      continue;
    }
    if (cur.kind === 'double') {
      if (ch === '”' || (ch === '"' && !isSpace(text[i - 1])) || (ch === '"' && !opensAt(text, i))) {
        out.push(close(text, cur, i));
        cur = null;
      } else if ((ch === '“' || ch === '"') && reopensAt(text, i)) {
        cur.parts.push([cur.partStart, trimEnd(text, cur.partStart, i)]);
        cur.partStart = i + 1;
      }
    } else if ((ch === '’' || ch === "'") && closesSingleAt(text, i)) {
      out.push(close(text, cur, i));
      cur = null;
    } else if ((ch === '‘' || ch === "'") && opensAt(text, i) && reopensAt(text, i)) {
      cur.parts.push([cur.partStart, trimEnd(text, cur.partStart, i)]);
      cur.partStart = i + 1;
    }
  }
  return out;
}

function close(text: string, cur: RawQuote & { partStart: number }, i: number): RawQuote {
  const parts = [...cur.parts, [cur.partStart, i] as [number, number]];
  return { start: cur.start, end: i + 1, kind: cur.kind, parts: parts.filter(([a, b]) => text.slice(a, b).trim() !== '') };
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** The content of a raw quote as one string: parts joined by a space, inner whitespace collapsed. */
export function contentOf(text: string, q: Pick<RawQuote, 'parts'>): string {
  return q.parts
    .map(([a, b]) => text.slice(a, b).trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
