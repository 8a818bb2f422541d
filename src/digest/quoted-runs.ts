/** Where the text's quotations are, to tell a name a speaker says from one the narration writes. */
import { countWhile } from './partition-point.js';

// A quotation in curly marks, or in straight ones within a paragraph.
const QUOTATION = /“[^“”]*”|"[^"\n]*"/g;

/** The [start, end) of every quotation in `text`, in text order. */
export function quotationRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(QUOTATION)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** Whether `at` falls inside one of `ranges` (in text order). */
export function insideQuotation(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  const i = countWhile(ranges.length, (k) => (ranges[k]?.[0] ?? 0) <= at) - 1;
  return i >= 0 && at < (ranges[i]?.[1] ?? 0);
}

/**
 * Which form of a person's name stands for them: the narration's over one first met inside a
 * quotation ("Crooked Hillary Clinton" in a quoted tweet is no fuller name for Hillary Clinton), and the
 * longer of two met in the same kind of place.
 */
export class NameForms {
  private readonly quotedOnly = new Set<string>();

  /** Notes a new person's first form, met inside a quotation or not. */
  add(name: string, quoted: boolean): void {
    if (quoted) this.quotedOnly.add(name);
  }

  /** Whether `name`, met inside a quotation or not, should replace `known`, the form kept so far. */
  replaces(name: string, known: string, quoted: boolean): boolean {
    const knownQuoted = this.quotedOnly.has(known);
    if (knownQuoted && !quoted) this.quotedOnly.delete(known);
    if (knownQuoted !== quoted) return !quoted;
    const longer = name.split(' ').length > known.split(' ').length;
    if (longer && quoted) this.quotedOnly.add(name);
    return longer;
  }
}
