import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-11-12 is a Wednesday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2025-11-12')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"on the Friday" after a day the story named', () => {
  it('is the Friday of those days, not the one nearest publication', () => {
    expect(
      datesOf('The treasurer will give evidence on Tuesday, November 25. The auditor will follow on the Friday.'),
    ).toEqual([
      ['on Tuesday, November 25', '2025-11-25'],
      ['Friday', '2025-11-28'],
    ]);
    expect(datesOf('The band plays Leeds on Monday, December 1, and Glasgow on the Thursday.')).toContainEqual([
      'Thursday',
      '2025-12-04',
    ]);
  });

  it('stays near publication with no day named before it, or one far back', () => {
    expect(datesOf('The auditor will follow on the Friday.')).toEqual([['Friday', '2025-11-14']]);
    const far = `The treasurer will give evidence on Tuesday, November 25. ${'Members argued about the rules. '.repeat(15)}The auditor will follow on the Friday.`;
    expect(datesOf(far).at(-1)).toEqual(['Friday', '2025-11-14']);
  });
});
