import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (title: string | null, text: string) => buildDigest(article(text, '2024-03-12', { title })).keyDate?.date;

describe('key date: headline words belong to the nearest day', () => {
  it('does not lend the words before one day to the next day in the sentence', () => {
    expect(
      key(
        'Choir wins festival in Vienna',
        'The school fete is on 18 March. The choir won the festival in Vienna on Sunday, and will sing at the cathedral on 22 March.',
      ),
    ).toBe('2024-03-18');
    expect(
      key(
        'Total eclipse of the sun tonight',
        'Skywatchers will gather on the hill on Thursday. The last total eclipse of the sun was seen here on 2 May 1990, and the next will come on 1 June 2031.',
      ),
    ).toBe('2024-03-14');
  });

  it('still ties the headline to a day its own words lead to', () => {
    expect(
      key(
        'Choir to sing at cathedral',
        'The school fete is on 18 March. The choir won a prize on Sunday, and will sing at the cathedral on 22 March.',
      ),
    ).toBe('2024-03-22');
  });
});
