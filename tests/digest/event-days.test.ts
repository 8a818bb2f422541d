import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
const dayOf = (text: string, phrase: string) => datesOf(text).find(([t]) => t === phrase)?.[1];

describe('a day counted from an event, told past an aside', () => {
  it('a day inside ", which began … on Monday," is not the day of the event the main clause tells', () => {
    const text =
      'The tribunal ruled on Friday that the mayor had lied. The panel, which began hearing evidence on Monday, ' +
      'delivered its ruling after a long week. The day before the ruling, protesters gathered.';
    expect(dayOf(text, 'The day before the ruling')).toBe('2024-03-07');
  });

  it('the event told before the aside is still dated by it', () => {
    const text = 'The ruling, which came on Monday, surprised the town. The day after the ruling, shops shut.';
    expect(dayOf(text, 'The day after the ruling')).toBe('2024-03-12');
  });

  it('"the day before the verdict" counts from the day a jury convicted or acquitted', () => {
    const text = 'A jury acquitted the two guards on Tuesday. The day before the verdict, the judge dismissed a juror.';
    expect(dayOf(text, 'The day before the verdict')).toBe('2024-03-11');
    // A verdict still to come is left to the schedule.
    expect(
      dayOf(
        'Jurors will retire on Friday. The night before the verdict, the city will close roads.',
        'The night before the verdict',
      ),
    ).toBeUndefined();
  });

  it('"the day before the vote" counts from the day voters went to the polls', () => {
    const text =
      'Farmers went to the polls on Sunday in a tight race. The day before the vote, both candidates held rallies.';
    expect(dayOf(text, 'The day before the vote')).toBe('2024-03-09');
    const island = 'Islanders went to the polls on Monday. The night before the election, the ferry broke down.';
    expect(dayOf(island, 'The night before the election')).toBe('2024-03-10');
    // Opinion polls published on a day are no vote.
    expect(
      dayOf('Two polls on Monday put the mayor ahead. The day before the vote, it rained.', 'The day before the vote'),
    ).toBeUndefined();
  });

  it('"the night before the strike" counts from the day workers walked out', () => {
    const text = 'Bakers walked off the job on Monday over pay. The night before the strike, talks broke down.';
    expect(dayOf(text, 'The night before the strike')).toBe('2024-03-10');
  });
});
