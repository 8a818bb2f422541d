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

type Mark = 'curly' | 'straight' | 'single';
const MAX_LEN: Record<Mark, number> = { curly: 12000, straight: 12000, single: 4000 };

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function opensAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || /[\s([{\u2014\u2013\-/:;]/.test(prev)) && next !== undefined && !/\s/.test(next);
}

/** Start of a paragraph, spaces aside: where some outlets print a backwards ” as the opening mark. */
function paragraphStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || text[j] === '\n';
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

function opening(text: string, i: number): Mark | null {
  const ch = text[i];
  if ((ch === '“' || ch === '„') && opensAt(text, i)) return 'curly';
  const next = text[i + 1] === ' ' ? text[i + 2] : text[i + 1];
  if (ch === '”' && paragraphStart(text, i) && !isSpace(next)) return 'curly';
  if (ch === '"' && opensAt(text, i)) return 'straight';
  const single = ch === '‘' || ch === "'";
  if (single && opensAt(text, i) && (isWordChar(text[i + 1]) || /["“‘]/.test(text[i + 1] ?? ''))) return 'single';
  return null;
}

function closing(text: string, i: number, mark: Mark): boolean {
  const ch = text[i];
  if (mark === 'curly') return ch === '”';
  if (mark === 'straight') return ch === '"' && (!isSpace(text[i - 1]) || !opensAt(text, i));
  return (ch === '’' || ch === "'") && closesSingleAt(text, i);
}

function reopening(text: string, i: number, mark: Mark): boolean {
  const ch = text[i];
  const same = mark === 'curly' ? ch === '“' : mark === 'straight' ? ch === '"' : ch === '‘' || ch === "'";
  return same && opensAt(text, i) && reopensAt(text, i);
}

/**
 * Finds top-level quotations: curly and straight double marks, and speech in single marks
 * (‘…’ or '…') where no double mark is open. A quotation closes with the kind of mark that opened
 * it, so marks of the other kinds nested inside stay inside. Apostrophes (a mark between letters,
 * or a plural possessive) never open or close a quotation.
 */
export function findRawQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let cur: { start: number; mark: Mark; parts: Array<[number, number]>; partStart: number } | null = null;
  // Characters a runaway may have read again: text that opens marks it never closes is read at most
  // about three times over, not once per mark.
  let rereads = 2 * text.length;
  for (let i = 0; i < text.length; i++) {
    if (cur === null) {
      const mark = opening(text, i);
      if (mark) cur = { start: i, mark, parts: [], partStart: i + 1 };
      continue;
    }
    if (i - cur.start > MAX_LEN[cur.mark]) {
      // Runaway quotation: its opening mark was not one. Rescan from just after it, while the
      // budget lasts; after that, go on from here.
      rereads -= i - cur.start;
      if (rereads > 0) i = cur.start;
      else i -= 1;
      cur = null;
      continue;
    }
    if (text[i] === '\n') {
      const j = i + (/^\s*/.exec(text.slice(i))?.[0].length ?? 0);
      if (j < text.length && reopening(text, j, cur.mark)) {
        cur.parts.push([cur.partStart, trimEnd(text, cur.partStart, i)]);
        cur.partStart = j + 1;
        i = j;
      } else {
        cur = null; // unterminated within its paragraph and not continued: not a quotation
        i--; // this line break may precede a new opening mark
      }
      continue;
    }
    if (closing(text, i, cur.mark)) {
      const parts = [...cur.parts, [cur.partStart, i] as [number, number]].filter(
        ([a, b]) => text.slice(a, b).trim() !== '',
      );
      out.push({ start: cur.start, end: i + 1, kind: cur.mark === 'single' ? 'single' : 'double', parts });
      cur = null;
    } else if (reopening(text, i, cur.mark)) {
      cur.parts.push([cur.partStart, trimEnd(text, cur.partStart, i)]);
      cur.partStart = i + 1;
    }
  }
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/**
 * The content of a raw quote as one string: parts joined by a space, inner whitespace collapsed. A part
 * cut off by a whole attribution sentence ("“…by Friday,” she said. “Every…”") ends its sentence where
 * the speaker did: its comma, put there for the attribution, reads as a full stop.
 */
export function contentOf(text: string, q: Pick<RawQuote, 'parts'>): string {
  return q.parts
    .map(([a, b], i) => {
      const part = text.slice(a, b).trim();
      const next = q.parts[i + 1];
      // Its comma may stand inside a quotation it quotes: "I told them, ‘Fix it,’" he said. "They…"
      const comma = /,(['’]?)$/u.exec(part);
      if (!next || !comma) return part;
      const between = text.slice(b, next[0]);
      const sentenceEnds =
        /\.["”’']?\s*["“”'‘’«»]?\s*$/u.test(between) && /^\s*\p{Lu}/u.test(text.slice(next[0], next[1]));
      return sentenceEnds ? `${part.slice(0, comma.index)}.${comma[1]}` : part;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
