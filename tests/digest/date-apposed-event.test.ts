import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2012-10-12 is a Friday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2012-10-12')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"the day before the crash" set off by a comma after a day', () => {
  it('renames the day just named, as it does before a clause', () => {
    expect(datesOf('The ferry sailed again on Wednesday, the day after the gale.')).toEqual([
      ['on Wednesday', '2012-10-10'],
      ['the day after', '2012-10-10'],
    ]);
    expect(
      datesOf('Five sessions after Sept. 3, the day before the bond market slump, the index was still lower.'),
    ).toEqual([
      ['Sept. 3', '2012-09-03'],
      ['the day before', '2012-09-03'],
    ]);
  });

  it('is not the day named when it is not set off against it', () => {
    expect(datesOf('The ferry sailed on Wednesday and lost power the day after the gale.')).toEqual([
      ['on Wednesday', '2012-10-10'],
    ]);
  });
});
