import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a "when" clause that holds the day', () => {
  it('labels with the "when" clause, not the past deed that leads the sentence', () => {
    expect(
      label('Wales picked two new caps on Friday for the second match, when they face Italy in Rome on 15 March.'),
    ).toBe('They face Italy in Rome');
  });

  it('labels with the "when" clause, not what someone will do at the time', () => {
    expect(label('The coach will rest three players when the side meet Leeds on Saturday.')).toBe(
      'The side meet Leeds',
    );
  });

  it('keeps the clause before the day when no "when" clause holds it', () => {
    expect(label('Fans who queued when tickets went on sale will see the side play Leeds on Saturday.')).toBe(
      'Fans who queued when tickets went on sale will see the side play Leeds',
    );
  });
});
