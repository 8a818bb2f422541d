import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const quotes = (text: string) => extractQuotes(text).map((q) => [q.speaker, q.text]);

describe('quote speakers: a company with an ampersand before the spokesman', () => {
  it('keeps the quotation and gives it to the person named', () => {
    const both = 'Trains are running again. Buses replace them on the coast line.';
    expect(
      quotes(
        '“Trains are running again,” Harbour Rail & Ferry spokeswoman Ines Ruiz told reporters. “Buses replace them on the coast line.”',
      ),
    ).toEqual([['Ines Ruiz', both]]);
    expect(
      quotes(
        '“Trains are running again,” said Harbour Rail & Ferry spokeswoman Ines Ruiz. “Buses replace them on the coast line.”',
      ),
    ).toEqual([['Ines Ruiz', both]]);
    expect(
      quotes('“Trains are running again,” P&O spokeswoman Ines Ruiz said. “Buses replace them on the coast line.”'),
    ).toEqual([['Ines Ruiz', both]]);
  });
});
