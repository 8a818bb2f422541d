import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text, d.date]);

describe('holidays as other countries keep them', () => {
  it('reads Thanksgiving on a Monday as Canada’s, the second Monday of October', () => {
    expect(
      datesOf('Families in Halifax sitting down to Thanksgiving dinner on Monday will pay more.', '2025-10-08'),
    ).toEqual([
      ['Thanksgiving', '2025-10-13'],
      ['on Monday', '2025-10-13'],
    ]);
    expect(datesOf('Canadian Thanksgiving falls early this year.', '2025-10-01')).toEqual([
      ['Canadian Thanksgiving', '2025-10-13'],
    ]);
    // The Monday after the US holiday is no Canadian one.
    expect(datesOf('Online sales peak on the Monday after Thanksgiving.', '2025-11-20')).toContainEqual([
      'Thanksgiving',
      '2025-11-27',
    ]);
  });

  it('reads Holy Saturday, and Black Saturday among the days of Holy Week, as the day before Easter', () => {
    expect(datesOf('Good Friday is a holiday and Black Saturday a special non-working day.', '2025-04-14')).toEqual([
      ['Good Friday', '2025-04-18'],
      ['Black Saturday', '2025-04-19'],
    ]);
    expect(datesOf('The shops will close on Holy Saturday.', '2025-04-14')).toEqual([['Holy Saturday', '2025-04-19']]);
  });
});
