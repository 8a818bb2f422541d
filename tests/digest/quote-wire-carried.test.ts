import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

// Wire copy carried from another agency credits the words to the person quoted, not the agency.
const speakers = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a quotation another agency carried', () => {
  it('is the words of the one "quoted as saying"', () => {
    expect(
      speakers(
        'The ferry board met on Monday. “This is a gift to all the islanders,” board chairman Ade Bello was quoted as saying.',
      ),
    ).toEqual(['Ade Bello']);
    expect(
      speakers(
        'The ferry board met on Monday. “The crossing will reopen before the holidays,” port director Ade Bello was quoted as saying by the state news agency.',
      ),
    ).toEqual(['Ade Bello']);
    expect(
      speakers(
        'The ferry board met on Monday. Port director Ade Bello was quoted by Xinhua as saying: “The crossing will reopen before the holidays.”',
      ),
    ).toEqual(['Ade Bello']);
  });

  it('is the person an agency "quoted … as saying", not the agency', () => {
    expect(
      speakers('The ferry board met on Monday. “The crossing will reopen soon,” Yonhap quoted Kim Min-jun as saying.'),
    ).toEqual(['Kim Min-jun']);
    expect(
      speakers(
        'The ferry board met on Monday. “This is a gift to all the islanders,” the agency quoted the port director, Ade Bello, as saying.',
      ),
    ).toEqual(['Ade Bello']);
    expect(
      speakers(
        'The ferry board met on Monday. Xinhua quoted Wang Lei, the port director, as saying that “the crossing will reopen before the holidays.”',
      ),
    ).toEqual(['Wang Lei']);
  });
});
