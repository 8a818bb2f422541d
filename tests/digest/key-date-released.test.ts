import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('a report or budget that "will be released" or "tabled" on a day', () => {
  it('is an event ahead, which the countdown may choose over a side meeting', () => {
    const d = buildDigest(
      article(
        [
          'Treasurer Ana Lowe has warned that the state’s mid-year review will show a larger deficit.',
          '',
          'The review will be released on Tuesday, 17 December 2024.',
          '',
          'The state’s lenders meet on 10 December and are expected to hold their rates.',
        ].join('\n'),
        '2024-12-02',
        { title: 'Treasurer warns of worse mid-year review' },
      ),
    );
    expect(d.dates.find((x) => x.date === '2024-12-17')?.role).toBe('event');
    expect(d.keyDate?.date).toBe('2024-12-17');
    expect(d.keyDate?.label).toBe('The review will be released');
  });

  it('holds for a budget "to be tabled"', () => {
    const d = buildDigest(
      article('The ferry budget will be tabled in the assembly on Friday, 18 October.', '2024-10-16'),
    );
    expect(d.dates.map((x) => x.role)).toEqual(['event']);
  });
});
