import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: two women who share a surname, told apart by their honorifics', () => {
  const text =
    'Nurse Tessa Whelan, 31, told the tribunal she had been moved to night shifts as a punishment.\n\n' +
    '“I was never given a reason,” Ms Whelan said.\n\n' +
    'The tribunal also heard from Ms Whelan’s mother, Brenda Whelan, who said her daughter had lost weight.\n\n' +
    'WHO\n\n' +
    '“I hardly saw her for a year,” Ms Whelan added.';

  it('"Mrs Whelan" is not the woman the article calls "Ms Whelan"', () => {
    expect(speakers(text.replace('WHO', '“She stopped coming to Sunday lunch,” Mrs Whelan said.'))).toEqual([
      'Tessa Whelan',
      'Brenda Whelan',
      'Tessa Whelan',
    ]);
  });

  it('a surname alone still goes to the first of them named', () => {
    expect(speakers(text.replace('WHO', '“She stopped coming to Sunday lunch,” Whelan said.'))).toEqual([
      'Tessa Whelan',
      'Tessa Whelan',
      'Tessa Whelan',
    ]);
  });
});
