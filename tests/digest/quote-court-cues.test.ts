import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('what counsel "submitted" in an Indian or Commonwealth court report', () => {
  it('is counsel’s own quotation, not the advocate quoted before', () => {
    expect(
      speakers(
        'Senior advocate Ravi Menon, for the passengers, told the court: “The fares were never lawful.” ' +
          'Counsel for the ferry company, advocate Priya Nair, argued that they were. ' +
          '“Every fare we charged was approved by the board,” Ms Nair submitted.',
      ),
    ).toEqual(['Ravi Menon', 'Priya Nair']);
  });

  it('holds for "averred" and "opined" too', () => {
    expect(
      speakers('Priya Nair appeared for the company. “The board approved every fare we charged,” Nair averred.'),
    ).toEqual(['Priya Nair']);
    expect(
      speakers('Ravi Menon was in court. “A ferry is a public service, not a private club,” Menon opined.'),
    ).toEqual(['Ravi Menon']);
  });
});
