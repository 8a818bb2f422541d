import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a dateline is a place, never the subject that says a quotation', () => {
  it('"LAGOS — The head of the port authority…, saying: “…”" is no one named, not Lagos', () => {
    const t =
      'LAGOS — The head of the port authority on Friday defended new docking fees, saying: “The old ones were a gift to the shipping lines that nobody can justify any more.”';
    expect(who(t)).toEqual([null]);
  });

  it('reads on past the dateline to the named subject', () => {
    const t =
      'PORTLAND, Maine — Mayor Ada Quist on Friday closed the inner harbour, saying the ice was “thicker than anything we have seen in a generation.”';
    expect(who(t)).toEqual(['Ada Quist']);
  });
});
