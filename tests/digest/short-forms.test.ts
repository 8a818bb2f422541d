import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { splitSentences } from '../../src/digest/sentences.js';
import { article } from '../helpers.js';

// 2025-01-13 is a Monday; two weeks on is 01-27, two weeks back 12-30.
const MONDAY = '2025-01-13';
const dayOf = (text: string) => buildDigest(article(text, MONDAY)).dates.map((d) => [d.text, d.date]);

describe('"a fortnight" is read as two weeks', () => {
  it.each([
    ['The ferry service resumes in a fortnight.', 'in a fortnight', '2025-01-27'],
    ['The orchard flooded a fortnight ago.', 'a fortnight ago', '2024-12-30'],
    ['Engineers expect a repair within a fortnight.', 'within a fortnight', '2025-01-27'],
    ['The tender closes a fortnight from Friday.', 'a fortnight from Friday', '2025-01-31'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it('names no day for a stretch just gone, as "the past two weeks" names none', () => {
    expect(dayOf('Ticket sales fell over the past fortnight.')).toEqual([]);
  });

  it('drops a fortnight counted from a moment of the story, as it drops two weeks', () => {
    expect(dayOf('A fortnight later the bakery shut its doors.')).toEqual([]);
  });
});

describe('a weekday abbreviated with a stop is read as that weekday', () => {
  it.each([
    ['The parish council votes on Tues. on the new car park.', 'on Tues.', '2025-01-14'],
    ['The harbour reopened on Weds. after the storm.', 'on Weds.', '2025-01-08'],
    ['The recount is due on Thurs. at the town hall.', 'on Thurs.', '2025-01-16'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it('ends a sentence at "Thurs." when a sentence opener follows', () => {
    const text = 'The ferry sailed on Thurs. The crossing took an hour.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The ferry sailed on Thurs.',
      'The crossing took an hour.',
    ]);
    expect(dayOf(text)).toEqual([['on Thurs.', '2025-01-09']]);
  });

  it('keeps "Weds., Jan. 15" in one sentence', () => {
    expect(splitSentences('The count is set for Weds., Jan. 15 in Leeds.')).toHaveLength(1);
  });
});

describe('a number after a day and a comma is a count, not a year', () => {
  it.each([
    ['Entries must reach the club by Feb. 3, 12 days before the show.', 'Feb. 3', '2025-02-03'],
    ['By Jan. 6, 40 families had left the valley.', 'Jan. 6', '2025-01-06'],
    ['The ferry was laid up on 20 December, 11 weeks after its refit.', 'on 20 December', '2024-12-20'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it('still reads a four-digit year after the comma', () => {
    expect(dayOf('The mill closed on March 4, 1998 after a fire.')).toContainEqual(['March 4, 1998', '1998-03-04']);
  });
});
