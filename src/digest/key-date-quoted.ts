import { countWhile } from './partition-point.js';
import { findRawQuotes } from './quote-spans.js';

/**
 * Which of the spans stand inside a direct quotation: the content of a quote, not its marks nor an
 * attribution that interrupts it (“Ask me tomorrow,” he said on Friday).
 */
export function inQuotations(text: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  const parts = findRawQuotes(text)
    .flatMap((q) => q.parts)
    .sort((a, b) => a[0] - b[0]);
  // Parts come sorted without overlap, so a binary search finds the one a span could sit in.
  return spans.map((s) => {
    const part = parts[countWhile(parts.length, (i) => (parts[i] as [number, number])[0] <= s.start) - 1];
    return part !== undefined && s.end <= part[1];
  });
}
