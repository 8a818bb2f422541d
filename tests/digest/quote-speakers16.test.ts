import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a time word that opens a sentence is never a first name', () => {
  it('"Tonight Mara Quill told…: “…”" is Mara Quill, not "Tonight Mara Quill"', () => {
    const t = 'Tonight Mara Quill told a packed hall: “The mill will reopen by spring.”';
    expect(who(t)).toEqual(['Mara Quill']);
  });

  it('"Tomorrow Ed Brack will tell…: “…”" is Ed Brack', () => {
    const t = 'Tomorrow Ed Brack will tell the board: “It is a fair price for both sides.”';
    expect(who(t)).toEqual(['Ed Brack']);
  });

  it('"Later Ida Venn…" and "Now Ida Venn…" are Ida Venn', () => {
    const t =
      'Later Ida Venn told the inquiry: “The valves were never tested.”\n\n' +
      'Now Ida Venn says: “I should have pressed harder.”';
    expect(who(t)).toEqual(['Ida Venn', 'Ida Venn']);
  });
});
