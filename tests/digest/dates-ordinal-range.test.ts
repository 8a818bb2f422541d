import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const dates = (text: string) =>
  buildDigest(article(text, '2025-10-08')).dates.map((d) => [d.text, d.date, text.slice(d.start, d.end)]);

describe('the first day of "from 12th to 14th November"', () => {
  it('is written as the text has it, ordinal and all', () => {
    expect(dates('Bus drivers will walk out from 12th to 14th November.')).toEqual([
      ['12th', '2025-11-12', '12th'],
      ['14th November', '2025-11-14', '14th November'],
    ]);
  });

  it('stays the bare number where the text has no ordinal', () => {
    expect(dates('Bus drivers will walk out from 12 to 14 November.')[0]).toEqual(['12', '2025-11-12', '12']);
  });
});
