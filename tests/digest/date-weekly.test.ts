import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const days = (text: string) => buildDigest(article(text, '2026-12-02')).dates.map((d) => [d.text, d.date]);

describe('dates: weekdays that come round each week name no day', () => {
  it('reads no day in "from Monday to Thursday each week" nor "every week on Saturday"', () => {
    expect(
      days('Overnight lane closures will also run from Monday to Thursday each week until the end of February.'),
    ).toEqual([]);
    expect(days('The library opens late on Monday and Thursday every week.')).toEqual([]);
    expect(days('The farmers’ market is held every week on Saturday in the square.')).toEqual([]);
  });

  it('still dates the weekdays of one week', () => {
    expect(days('The pool will close from Monday to Thursday next week.')).toEqual([
      ['Monday', '2026-12-07'],
      ['Thursday next week', '2026-12-10'],
    ]);
    expect(days('The library will open late on Monday, and every week after that.')).toEqual([
      ['on Monday', '2026-12-07'],
    ]);
  });
});
