import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-15')).keyDate?.label;

describe('key date label: one subject, two predicates joined by "and"', () => {
  it('names what the subject does on the day, not the first predicate and a dangling "and"', () => {
    expect(
      label(
        'Postal votes for the Kelby parish poll will be sent out next week and must be returned by 5pm on 24 April.',
      ),
    ).toBe('Postal votes for the Kelby parish poll must be returned');
    expect(label('The swimming baths will close for repairs in April and will reopen on 2 June.')).toBe(
      'The swimming baths will reopen',
    );
  });

  it('two subjects keep their own clauses', () => {
    expect(label('Parking charges will rise by 20p and season tickets will go up on 1 April.')).toBe(
      'Parking charges will rise by 20p and season tickets will go up',
    );
  });

  it('a first predicate told in the past, closed by a comma or not, leaves the subject to the second', () => {
    expect(label('The defence filed its reply on March 10, and must name its witnesses by Aug. 1.')).toBe(
      'The defence must name its witnesses',
    );
    expect(label('Harlow Mills paid the first instalment in January and will pay the rest on 30 June.')).toBe(
      'Harlow Mills will pay the rest',
    );
  });
});
