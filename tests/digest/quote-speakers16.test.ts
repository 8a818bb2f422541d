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

describe('an organisation introduced by the kind of body it is', () => {
  it('"Conservation group Friends of the Fens said…" is the whole name, not "Conservation" or "Friends"', () => {
    const t = 'Conservation group Friends of the Fens said the new drains were “a slow death for the marsh.”';
    expect(who(t)).toEqual(['Friends of the Fens']);
  });

  it('"Housing charity Shelter for the Homeless said: “…”" drops the describing words', () => {
    const t = 'Housing charity Shelter for the Homeless said: “Rents have outrun wages for ten years.”';
    expect(who(t)).toEqual(['Shelter for the Homeless']);
  });

  it('leaves a party word before an office alone: "Republican senator Ada Quist said…"', () => {
    const t = 'Republican senator Ada Quist said the bill was “dead on arrival.”';
    expect(who(t)).toEqual(['Ada Quist']);
  });
});
