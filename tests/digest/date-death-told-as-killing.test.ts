import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2015-04-18 is a Saturday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2015-04-18')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"the day after his death" when the story told the death as a killing', () => {
  it('counts from the day of the killing, slaying or murder', () => {
    expect(
      datesOf(
        'Detectives are still looking into the March 30 killing of a shop owner in Leith. ' +
          'A neighbour said two strangers knocked at his door the day after his death.',
      ),
    ).toEqual([
      ['March 30', '2015-03-30'],
      ['the day after his death', '2015-03-31'],
    ]);
    expect(
      datesOf(
        'The courier was slain on Tuesday outside the depot. Flowers appeared at the gates the morning after her death.',
      ),
    ).toEqual([
      ['on Tuesday', '2015-04-14'],
      ['the morning after her death', '2015-04-15'],
    ]);
  });

  it('adds no day when the story dates no death', () => {
    expect(
      datesOf('The ferry company cut prices on Tuesday. Mourners gathered the day after his death, his sister said.'),
    ).toEqual([['on Tuesday', '2015-04-14']]);
  });
});
