import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Published on Monday 3 March 2025.
const key = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.date;

describe('key date: a fixture or show that a past verb sets up', () => {
  it('counts down to the match a side was picked for', () => {
    expect(
      key('Wales picked two new wingers on Monday for their match against Fiji at Parc y Scarlets on Saturday.'),
    ).toBe('2025-03-08');
  });

  it('counts down to a show that was added, months ahead', () => {
    expect(
      key(
        'The band have added a third show at the Apollo on 19 August after the first two sold out. Tickets go on sale on Friday.',
      ),
    ).toBe('2025-08-19');
  });

  it('still reads a fixture won or a player of the match as gone by', () => {
    expect(key('Italy won the final against Spain in Rome on Saturday.')).toBeUndefined();
    expect(key('The midfielder was named player of the match against Leeds on Saturday.')).toBeUndefined();
  });
});

describe('key date: a fixture to be played', () => {
  it('counts down to the tie the draw sets, not a side game named as one', () => {
    expect(
      key(
        'Hull City were drawn against Oxbridge in the cup on Monday, with the tie to be played on 22 March. Before that Oxbridge play Bath on 8 March, and Bath play Hull on 15 March.',
      ),
    ).toBe('2025-03-22');
  });
});

describe('key date: a boxer’s fight', () => {
  it('counts down to the fight, not the press conference before it', () => {
    expect(
      key(
        'The former champion will fight for the last time on 29 March in Cardiff, he said. The final press conference will take place in Cardiff on 26 March.',
      ),
    ).toBe('2025-03-29');
  });
});
