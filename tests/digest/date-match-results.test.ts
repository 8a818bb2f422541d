import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-11-26 is a Wednesday.
const datesOf = (text: string) => buildDigest(article(text, '2025-11-26')).dates.map((d) => [d.text, d.date]);

// A match's result is reported once it is played: its weekday is the one behind, whatever the verb.
describe("a weekday's match result", () => {
  it('puts "Tuesday\'s draw with Wigan" behind in a sentence that looks ahead', () => {
    expect(datesOf('Ayodele is expected back after missing Tuesday’s draw with Wigan.')).toEqual([
      ['Tuesday', '2025-11-25'],
    ]);
    expect(datesOf("The side will build on Saturday's win over Luton.")).toEqual([['on Saturday', '2025-11-22']]);
  });

  it('leaves a draw still to be made and a game still to be played ahead', () => {
    expect(datesOf("The club will learn its opponent in Monday's draw for the third round.")).toEqual([
      ['Monday', '2025-12-01'],
    ]);
    expect(datesOf("Ayodele will miss Saturday's game against Cardiff.")).toEqual([['Saturday', '2025-11-29']]);
  });
});
