import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: a role, then the name and where the person works', () => {
  it('"said the study’s lead author, Dr Ann Holt of Exeter University" is Ann Holt, and so is her "she said"', () => {
    expect(
      speakers(
        'Children who read daily slept longer. “The difference was larger than we expected,” said the study’s lead author, Dr Ann Holt of Exeter University.\n\nBut she warned against reading too much into it. “This is one cohort in one city,” she said.',
      ),
    ).toEqual(['Ann Holt', 'Ann Holt']);
  });

  it('"said the trust’s medical director, Raj Malik" reads as before, with or without where he works', () => {
    expect(speakers('“Beds are full,” said the trust’s medical director, Raj Malik.')).toEqual(['Raj Malik']);
    expect(speakers('“Beds are full,” said the trust’s medical director, Raj Malik from Leeds.')).toEqual([
      'Raj Malik',
    ]);
  });
});
