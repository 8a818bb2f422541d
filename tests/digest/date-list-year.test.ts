import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const days = (text: string) => buildDigest(article(text, '2026-11-25')).dates.map((d) => [d.text, d.date]);

describe('dates: the days of one list ("24 and 25 June") fall in one year', () => {
  it('puts both days in the year the list’s clause points to', () => {
    expect(
      days(
        'The main exam period will end on Wednesday 23 June, with contingency days on 24 and 25 June in case of national disruption.',
      ),
    ).toEqual([
      ['on Wednesday 23 June', '2027-06-23'],
      ['24', '2027-06-24'],
      ['25 June', '2027-06-25'],
    ]);
  });

  it('leaves a list no rule moved in the year chrono read', () => {
    expect(days('The contingency days were 24 and 25 June.')).toEqual([
      ['24', '2026-06-24'],
      ['25 June', '2026-06-25'],
    ]);
  });
});
