import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const labelOf = (text: string) => buildDigest(article(text, '2025-09-15')).keyDate?.label;

describe('one verb of intent with two infinitives', () => {
  it('labels the day with the infinitive it belongs to', () => {
    expect(
      labelOf(
        'The drugmaker plans to seek approval by the end of the year and to present the full results at a congress in Lisbon on Oct. 21.',
      ),
    ).toBe('The drugmaker plans to present the full results at a congress in Lisbon');
  });

  it('leaves a single infinitive as it was', () => {
    expect(labelOf('The drugmaker plans to present the full results at a congress on Oct. 21.')).toBe(
      'The drugmaker plans to present the full results at a congress',
    );
  });
});

describe('two predicates of one subject, the first with an aside set off by commas', () => {
  it('labels the day with the second predicate', () => {
    const d = buildDigest(
      article(
        'The folk band Kestrel will release their third album, Low Tide Songs, on April 11 and will close the main stage on Sunday, August 31.',
        '2025-02-19',
      ),
    );
    expect(d.dates.map((x) => x.date)).toEqual(['2025-04-11', '2025-08-31']);
    const label = (keyDate: string) =>
      buildDigest(
        article(
          `The folk band Kestrel will release their third album, Low Tide Songs, on April 11 and will close the main stage on ${keyDate}. They close on ${keyDate}.`,
          '2025-02-19',
        ),
      ).keyDate?.label;
    expect(label('Sunday, August 31')).toBe('The folk band Kestrel will close the main stage');
  });
});
