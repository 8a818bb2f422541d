import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: "the statement said" is the statement’s author', () => {
  it('names the body or person who made the statement or wrote the letter', () => {
    expect(
      speakers(
        'The Royal Ballet said in a statement that two performances had been cancelled. ‘The health of our dancers comes first,’ the statement said.',
      ),
    ).toEqual(['Royal Ballet']);
    expect(
      speakers(
        'In a statement on Friday, Northgate Water apologised for the leak. “We are sorry for the disruption,” the statement said.',
      ),
    ).toEqual(['Northgate Water']);
    expect(
      speakers(
        'Headteacher Clare Mott wrote a letter to parents on Monday. “Phones will be locked away from September,” the letter said.',
      ),
    ).toEqual(['Clare Mott']);
  });

  it('leaves a statement with no author named as written', () => {
    expect(speakers('A statement was read outside court. “We are relieved,” the statement said.')).toEqual([
      'the statement',
    ]);
  });
});
