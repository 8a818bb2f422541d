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

  it('"Tenants group Fair Rent President Lia Moss said…" is Lia Moss: a titled person after the body speaks', () => {
    const t = 'Tenants group Fair Rent President Lia Moss said the rise was “a scandal.”';
    expect(who(t)).toEqual(['Lia Moss']);
  });

  it('leaves a party word before an office alone: "Republican senator Ada Quist said…"', () => {
    const t = 'Republican senator Ada Quist said the bill was “dead on arrival.”';
    expect(who(t)).toEqual(['Ada Quist']);
  });
});

describe('a statement read out by someone named is given to its reader', () => {
  it('"“…,” said a statement read by Colm Dane on behalf of her family" is Colm Dane', () => {
    const t = '“She loved the sea more than anything,” said a statement read by Colm Dane on behalf of her family.';
    expect(who(t)).toEqual(['Colm Dane']);
  });

  it('"A statement read by their solicitor, Una Pryce, said: “…”" is Una Pryce, not "a statement"', () => {
    const t = 'A statement read by their solicitor, Una Pryce, said: “The family asks for privacy at this time.”';
    expect(who(t)).toEqual(['Una Pryce']);
  });

  it('leaves a statement no one is said to have read as it was', () => {
    const t = '“We will appeal,” said a statement from the club.';
    expect(who(t)).toEqual(['a statement from the club']);
  });
});
