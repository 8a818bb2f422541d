import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 12 March 2024 is a Tuesday.
const key = (title: string | null, text: string) => buildDigest(article(text, '2024-03-12', { title })).keyDate?.date;

const FROST =
  'Frost could reach minus 8C in the glens on Saturday, forecasters said. A yellow ice warning runs until 10 a.m. on Monday, and gritters will work through the night into Monday morning.';
const TRIAL =
  'A judge ordered the former treasurer to stand trial on 10 June. His lawyers must file their motions by 4 April, and a hearing on them is set for 4 April.';

describe('key date: a period the headline names', () => {
  it('counts down to a day in the headline’s weekend, midweek or month over a side day', () => {
    expect(key(null, FROST)).toBe('2024-03-18');
    expect(key('Hard frost to grip the glens this weekend', FROST)).toBe('2024-03-16');
    const gale =
      'Gusts of 70 mph could hit the coast on Wednesday. The ferry ban runs until Friday, and the harbour stays shut on Friday.';
    expect(key(null, gale)).toBe('2024-03-15');
    expect(key('Gales to batter the coast midweek', gale)).toBe('2024-03-13');
    expect(key(null, TRIAL)).toBe('2024-04-04');
    expect(key('Judge sets June trial for former treasurer', TRIAL)).toBe('2024-06-10');
    expect(key('Former treasurer to stand trial in June', TRIAL)).toBe('2024-06-10');
  });

  it('reads no month into "may" and leaves the headline’s words to pick within the period', () => {
    const text = 'The council will vote on the budget on 2 April. The mayor’s term ends on 9 May.';
    expect(key(null, text)).toBe('2024-04-02');
    expect(key('Mayor may quit', text)).toBe('2024-04-02');
    expect(
      key(
        'Choir to sing at cathedral next week',
        'The school fete is on 18 March. The choir won a prize on Sunday, and will sing at the cathedral on 22 March.',
      ),
    ).toBe('2024-03-22');
  });
});
