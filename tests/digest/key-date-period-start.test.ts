import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const keyOf = (text: string, published: string) => {
  const k = buildDigest(article(text, published)).keyDate;
  return k && [k.date, k.label];
};

describe('a period that starts ahead', () => {
  it('counts down to its first day, not to the day it ends', () => {
    // 2025-04-09: the line closes on Good Friday and reopens after Easter Monday.
    expect(
      keyOf(
        'No trains will run between Crewe and Stafford from Good Friday, 18 April, until Easter Monday, 21 April, the operator said. ' +
          'Replacement buses will run until 21 April.',
        '2025-04-09',
      ),
    ).toEqual(['2025-04-18', 'No trains will run between Crewe and Stafford']);
    expect(keyOf('The museum will be shut from 3 May until 28 September for repairs.', '2025-04-09')?.[0]).toBe(
      '2025-05-03',
    );
  });

  it('counts down to the end of one already running', () => {
    expect(keyOf('The museum, shut since 3 March, will stay closed until 28 September.', '2025-04-09')?.[0]).toBe(
      '2025-09-28',
    );
  });
});
