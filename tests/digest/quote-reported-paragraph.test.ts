import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: a quotation paragraph after a paragraph reporting another person', () => {
  it('is the person reported, not the speaker of the quotation before', () => {
    const text =
      '“It shows what a village can do,” said campaigner Nora Bligh.\n\n' +
      'The leader of the opposition group, Hamish Teague, said the reversal had come far too late.\n\n' +
      '“The cabinet spent half a year defending cuts it now admits were a mistake.”';
    expect(speakers(text)).toEqual(['Nora Bligh', 'Hamish Teague']);
  });

  it('is the person reported when the name opens the sentence', () => {
    const text =
      '“We are delighted,” said head teacher Carys Lowe.\n\n' +
      'Governor Peter Anand said the inspectors had been fair.\n\n' +
      '“They saw a school that has turned a corner.”';
    expect(speakers(text)).toEqual(['Carys Lowe', 'Peter Anand']);
  });

  it('a paragraph that only narrates leaves the quotation with the speaker before', () => {
    const text =
      '“We are delighted,” said head teacher Carys Lowe.\n\n' +
      'The school was rated inadequate in 2021.\n\n' +
      '“Nobody here ever gave up on these children, not once.”';
    expect(speakers(text)).toEqual(['Carys Lowe', 'Carys Lowe']);
  });
});
