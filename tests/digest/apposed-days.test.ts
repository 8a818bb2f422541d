import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"the day after" and a clause, set off by a comma after a day', () => {
  it('renames the day just named', () => {
    // 2012-10-12 is a Friday.
    expect(
      datesOf('The ferry sailed again on Wednesday, the day after gales had kept it in port.', '2012-10-12'),
    ).toEqual([
      ['on Wednesday', '2012-10-10'],
      ['the day after', '2012-10-10'],
    ]);
    expect(datesOf('Voting ends on Oct. 30, the night before councillors take office.', '2012-10-12')).toEqual([
      ['Oct. 30', '2012-10-30'],
      ['the night before', '2012-10-30'],
    ]);
    // Not without a day set right before it (an event's noun after it: date-apposed-event.test.ts).
    expect(
      datesOf('The ferry sailed again on Wednesday. It sank the day after a gale had passed.', '2012-10-12'),
    ).toEqual([['on Wednesday', '2012-10-10']]);
  });
});
