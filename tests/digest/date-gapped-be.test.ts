import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-10-08 is a Wednesday.
const datesOf = (text: string) => buildDigest(article(text, '2025-10-08')).dates.map((d) => [d.text, d.date]);

describe('a participle after "but" or "and" that shares the "be" before it', () => {
  it('is a state on the day ahead when the "be" looks ahead', () => {
    expect(datesOf('The chain said its shops would be open on Sunday but closed Monday.')).toEqual([
      ['on Sunday', '2025-10-12'],
      ['Monday', '2025-10-13'],
    ]);
  });

  it('stays behind when the "be" is past, or when the clause has a verb of its own', () => {
    expect(datesOf('The shop was open on Saturday but closed Monday.')).toEqual([
      ['on Saturday', '2025-10-04'],
      ['Monday', '2025-10-06'],
    ]);
    expect(datesOf('The museum reopened on Friday and closed on Monday.')).toEqual([
      ['on Friday', '2025-10-03'],
      ['on Monday', '2025-10-06'],
    ]);
  });
});
