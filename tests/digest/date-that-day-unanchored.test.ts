import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"that day" with no day named before it', () => {
  it('is no day: "that" points back to a day told, never to the day of publication', () => {
    // 2019-06-12 is a Wednesday.
    expect(
      datesOf(
        'When a storm closes the harbour, fishermen lose whatever they would have landed that day and pay for ice regardless.',
        '2019-06-12',
      ),
    ).toEqual([]);
    expect(datesOf('Anyone who missed the deadline knew that same day that the grant was gone.', '2019-06-12')).toEqual(
      [],
    );
  });

  it('is still the day named before it, today included', () => {
    expect(
      datesOf('The harbour closed on Monday. Boats that had sailed that day were turned back.', '2019-06-12'),
    ).toEqual([
      ['on Monday', '2019-06-10'],
      ['that day', '2019-06-10'],
    ]);
    expect(datesOf('The harbour closed today. Boats that had sailed that day were turned back.', '2019-06-12')).toEqual(
      [
        ['today', '2019-06-12'],
        ['that day', '2019-06-12'],
      ],
    );
  });
});
