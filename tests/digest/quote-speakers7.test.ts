import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a surname alone that several people in the article share', () => {
  it('is the person the article is about, not the one of that name mentioned last', () => {
    const t =
      'Governor Dana Holm won a second term on Tuesday, carrying every county but two.\n\n' +
      'Her husband, Peter Holm, a retired airline pilot, stood beside her on the stage in Duluth.\n\n' +
      '“We did it the hard way, one town hall at a time,” Holm told supporters.';
    expect(who(t)).toEqual(['Dana Holm']);
  });

  it('is the one named in the quotation’s own paragraph', () => {
    const t =
      'Governor Dana Holm won a second term on Tuesday.\n\n' +
      'Her husband, Peter Holm, flew the campaign plane himself. “I logged four hundred hours,” Holm said.';
    expect(who(t)).toEqual(['Peter Holm']);
  });
});

describe('what the article says of a person’s sex', () => {
  it('reads “Mrs. Holm” as the one it calls his wife, not the man it is about', () => {
    const t =
      'Senator Carl Holm opened his re-election campaign in Duluth on Saturday.\n\n' +
      'His wife, Ruth Holm, introduced him. Their son, Erik Holm, handed out signs at the door.\n\n' +
      '“Carl has not missed a town meeting in twelve years,” Mrs. Holm said.';
    expect(who(t)).toEqual(['Ruth Holm']);
  });

  it('credits “she said” to the mother just named, not to the son who spoke before', () => {
    const t =
      'Luis Reyes, the family’s eldest son, spoke first. “The plant stays open,” Luis Reyes said.\n\n' +
      'The brothers have not spoken since June, according to their mother, Alma Reyes. ' +
      '“I have told them both that Sunday dinner is not a debate,” she said.';
    expect(who(t)).toEqual(['Luis Reyes', 'Alma Reyes']);
  });

  it('keeps a man named with “Mr.” from a later “Ms.” of the same surname', () => {
    const t =
      'Henri Dufour founded the bakery in 1965 with his daughter, Claire Dufour.\n\n' +
      '“She knows the ovens better than I do,” Mr. Dufour said.\n\n' +
      'Ms. Dufour, 47, has run the company’s books for a decade. “My job is not to break it,” she said.';
    expect(who(t)).toEqual(['Henri Dufour', 'Claire Dufour']);
  });
});
