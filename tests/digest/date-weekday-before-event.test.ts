import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2026-03-05 is a Thursday; the 19th of April is a Sunday, six weeks on.
const datesOf = (text: string) => buildDigest(article(text, '2026-03-05')).dates.map((d) => [d.text, d.date]);

describe('a weekday counted from an event the story dated', () => {
  it('puts "the Saturday before election day" the day before the election', () => {
    expect(
      datesOf(
        'The governor called a snap election for April 19. Postal ballots open the Saturday before election day.',
      ),
    ).toEqual([
      ['April 19', '2026-04-19'],
      ['Saturday', '2026-04-18'],
    ]);
  });

  it('counts "the Monday after the referendum" on from it', () => {
    expect(
      datesOf('The referendum will be held on April 19. Results are due the Monday after the referendum.'),
    ).toEqual([
      ['April 19', '2026-04-19'],
      ['Monday', '2026-04-20'],
    ]);
  });

  it('leaves the weekday when the event has no day in the story', () => {
    expect(datesOf('Postal ballots open the Saturday before election day.')).toEqual([['Saturday', '2026-03-07']]);
  });
});
