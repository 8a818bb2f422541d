import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: what a story calls an ordinary person, before the name at a sentence start', () => {
  it('"Teenager Ella Kent", "Witness Omar Sadiq", "Juror Beth Ainsley" are the people, not "Teenager …"', () => {
    expect(speakers('Teenager Ella Kent knocked out the champion. “I still can’t believe it,” said Kent.')).toEqual([
      'Ella Kent',
    ]);
    expect(speakers('Witness Omar Sadiq saw the van mount the kerb. “It just kept going,” Mr Sadiq said.')).toEqual([
      'Omar Sadiq',
    ]);
    expect(speakers('Juror Beth Ainsley wrote to the judge. “I could not sleep,” Ainsley said.')).toEqual([
      'Beth Ainsley',
    ]);
  });

  it('"Writer Rosa Lind", "Playwright Tom Eke" are the people, so "Rosa said" reaches her too', () => {
    expect(speakers('Writer Rosa Lind grew up in the town. “It made me,” Rosa said.')).toEqual(['Rosa Lind']);
    expect(speakers('Playwright Tom Eke was there. “A fine night,” said Eke.')).toEqual(['Tom Eke']);
  });
});
