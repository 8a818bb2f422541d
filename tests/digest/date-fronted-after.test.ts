import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2026-11-18 is a Wednesday: Sunday the 15th is three days back, Sunday the 22nd four days on.
const datesOf = (text: string) => buildDigest(article(text, '2026-11-18')).dates.map((d) => [d.text, d.date]);

describe('a day in a fronted "After …," phrase', () => {
  it('takes the tense of the main clause after its comma', () => {
    expect(
      datesOf(
        'The Rams have a busy stretch. After Sunday’s home game against the Chargers, the squad travels to Denver.',
      ),
    ).toEqual([['Sunday', '2026-11-22']]);
    expect(datesOf('Following Sunday’s derby against their oldest rivals in the north, the club hosts Leeds.')).toEqual(
      [['Sunday', '2026-11-22']],
    );
  });

  it('stays behind when the main clause is past', () => {
    expect(datesOf('After Sunday’s home game against the Chargers, the squad flew to Denver.')).toEqual([
      ['Sunday', '2026-11-15'],
    ]);
  });
});
