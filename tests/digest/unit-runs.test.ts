import { describe, expect, it } from 'vitest';
import { breakUnitRuns } from '../../src/digest/unit-runs.js';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('lengths of time one after another', () => {
  it('stay as written up to four in a row, which is more than news lists', () => {
    const text = 'The rover slept two years, three months, a week and a day before it woke.';
    expect(breakUnitRuns(text)).toBe(text);
  });

  it('are broken from the fifth on, at the same length, so offsets do not move', () => {
    const text = 'a day a day a day a day a day a day a day a day a day';
    const broken = breakUnitRuns(text);
    expect(broken).toHaveLength(text.length);
    expect(broken).toBe('a day a day a day a day;a day a day a day a day;a day');
  });

  it('do not hide a day named after them', () => {
    const text = `Logs showed ${'an hour '.repeat(40)}of idling. The depot reopens on 3 June.`;
    expect(buildDigest(article(text, '2031-05-20')).dates.map((d) => [d.text, d.date])).toEqual([
      ['on 3 June', '2031-06-03'],
    ]);
  });
});
