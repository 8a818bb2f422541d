import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a group whose phrase is a list keeps the whole list', () => {
  it('"“…,” growers from Kent, Essex and Sussex said" is the growers, not nobody', () => {
    const t = '“The frost took half the blossom in one night,” growers from Kent, Essex and Sussex said on Friday.';
    expect(who(t)).toEqual(['growers from Kent, Essex and Sussex']);
  });

  it('"“…,” the heads of Acme, Borland or Corvex said" is the heads, not the last speaker', () => {
    const t =
      'Ola Berg spoke first. “We were not consulted,” she said. “Nobody has read the contract,” the heads of Acme, Borland or Corvex said.';
    expect(who(t)).toEqual(['Ola Berg', 'the heads of Acme, Borland or Corvex']);
  });

  it('"“…,” lawyers for the two families said" is the lawyers', () => {
    const t = '“The coroner was given the wrong file,” lawyers for the two families said.';
    expect(who(t)).toEqual(['lawyers for the two families']);
  });

  it('never joins an aside: "“…,” tenants on the estate, who pay the most, said" is not a group with a comma', () => {
    const t = 'Ida Vance chairs the residents. “The lifts fail weekly,” tenants on the estate, who pay the most, said.';
    expect(who(t)).not.toContain('tenants on the estate, who pay the most');
  });
});

describe('a pronoun after a long quotation stands for someone the narration named, not the quotation', () => {
  it('"she said" in the next paragraph is the speaker, not a woman she named inside her quotation', () => {
    const t =
      'Dr Lena Holt, who runs the ward, said beds were full every night. “Last winter we turned people away. I rang Mia Corr at the council twice and was told to wait. Now we have eleven beds for forty patients.”\n\n' +
      'She said the council had since promised more nurses. “I will believe it when they arrive,” she said.';
    // The first, right after the sentence reporting what she said, is hers too.
    expect(who(t)).toEqual(['Lena Holt', 'Lena Holt']);
  });

  it('"he says" after a paragraph break is the man the narration named, not a friend in his wife’s words', () => {
    const t =
      'Tom Vale and his wife ran the mill for forty years. “Ned Rook from the farm came by every Sunday with eggs, and we had supper with him,” his wife says.\n\n' +
      'He is less sure about the move. “The river was our clock,” he says.';
    expect(who(t)[1]).toBe('Tom Vale');
  });
});
