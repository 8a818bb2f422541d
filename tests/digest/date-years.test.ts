import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a year the sentence opens with', () => {
  it('"Last year" or "In 2016" gives its year to a day written without one', () => {
    expect(datesOf('Last year, the harvest festival opened on June 20.', '2018-06-04')).toEqual([
      ['June 20', '2017-06-20'],
    ]);
    expect(datesOf('In 2016 the ferry made its final crossing on Oct. 9.', '2018-06-04')).toEqual([
      ['Oct. 9', '2016-10-09'],
    ]);
    // Without one, the nearest year stands.
    expect(datesOf('The harvest festival opens on June 20.', '2018-06-04')).toEqual([['June 20', '2018-06-20']]);
  });
});
