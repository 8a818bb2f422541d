import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('words that only look like a holiday', () => {
  it('a holiday name inside a word after an apostrophe is no holiday', () => {
    expect(datesOf("A nor'easter dumped a foot of snow on Boston on Monday.")).toEqual([['on Monday', '2024-03-11']]);
    expect(datesOf('Fishermen stayed in port as the nor’easter passed.')).toEqual([]);
    // A holiday in quotation marks is still one.
    expect(datesOf("Shops opened at dawn on 'Easter' Sunday.")).not.toEqual([]);
  });
});

describe('a part of a day the story has just named', () => {
  it('"that morning", "that evening" are the day named before them', () => {
    expect(datesOf('The ferry sank on Saturday. Coastguards had warned of gales that morning.')).toEqual([
      ['on Saturday', '2024-03-09'],
      ['that morning', '2024-03-09'],
    ]);
    expect(datesOf('Votes were counted on 2 March, and the result was declared that evening.')).toEqual([
      ['on 2 March', '2024-03-02'],
      ['that evening', '2024-03-02'],
    ]);
  });

  it('"that evening" with no day named before it is no day, not the publication\'s evening', () => {
    expect(
      datesOf('She had met the singer at a staff party in a hotel bar. Later that evening he sent a text.'),
    ).toEqual([]);
    // "this evening" is the publication's.
    expect(datesOf('The mayor will switch on the lights this evening.')).toEqual([['this evening', WEDNESDAY]]);
  });

  it('"that night" is the day named before it, as "that evening" is', () => {
    expect(
      datesOf(
        'The lifeboat reached the yacht on 4 March. The next day, divers searched the hull. That night, the crew slept ashore.',
      ),
    ).toEqual([
      ['on 4 March', '2024-03-04'],
      ['The next day', '2024-03-05'],
      ['That night', '2024-03-05'],
    ]);
    // "said that night-time…": "that" joins a clause.
    expect(datesOf('The road shut on Monday. Officials said that night closures would follow.')).toEqual([
      ['on Monday', '2024-03-11'],
    ]);
  });

  it('"said that morning traffic…" joins a clause; it names no day', () => {
    expect(datesOf('The bridge shut on Monday. Officials said that morning traffic would be diverted.')).toEqual([
      ['on Monday', '2024-03-11'],
    ]);
  });
});

describe('a day counted from an event the story dated', () => {
  it('"the day after the vote" counts from the day of the vote', () => {
    expect(
      datesOf('Councillors voted on Monday to close the library. The day after the vote, readers marched.'),
    ).toEqual([
      ['on Monday', '2024-03-11'],
      ['The day after the vote', '2024-03-12'],
    ]);
    expect(datesOf('The poet died on 2 March in Lyon. Friends dined with her the night before her death.')).toEqual([
      ['on 2 March', '2024-03-02'],
      ['the night before her death', '2024-03-01'],
    ]);
  });

  it('a singular event noun is not told by its plural ("votes were counted" are ballots)', () => {
    expect(
      datesOf(
        'Ballot boxes were sealed. Votes were still being counted on Monday. The day before the vote, crowds sang.',
      ),
    ).toEqual([['on Monday', '2024-03-11']]);
  });

  it('"at noon the day after his arrest" is not counted from publication', () => {
    expect(datesOf('The singer was arrested Sunday in Oslo. He was freed at noon the day after his arrest.')).toEqual([
      ['Sunday', '2024-03-10'],
      ['the day after his arrest', '2024-03-11'],
    ]);
  });

  it('"on Friday, the day after the holiday" only tells which day Friday is: it is Friday, not counted on', () => {
    expect(datesOf('The Easter holiday was quiet. Shops reopen on Tuesday, the day after the holiday.')).toEqual([
      ['Easter', '2024-03-31'],
      ['on Tuesday', '2024-03-19'],
      ['the day after', '2024-03-19'],
    ]);
  });

  it('"the day after the Lisbon summit" counts from the day told with the name before the noun', () => {
    expect(datesOf('Ministers met in Lisbon on Monday. Ports closed the day after the Lisbon summit.')).toEqual([
      ['on Monday', '2024-03-11'],
      ['the day after the Lisbon summit', '2024-03-12'],
    ]);
    // Another name is another event, though its noun was told.
    expect(datesOf('The Lisbon talks ended on Monday. Ports closed the day after the Madrid talks.')).toEqual([
      ['on Monday', '2024-03-11'],
    ]);
  });

  it('with no day told for the event, or another day between, none is added', () => {
    expect(datesOf('Prices rose on Friday. The day after the wedding, the couple left.')).toEqual([
      ['on Friday', '2024-03-08'],
    ]);
    expect(
      datesOf('Banks shut today, a week after the merger was signed. The day after the merger, staff quit.'),
    ).toEqual([['today', WEDNESDAY]]);
  });
});

describe('a part of the day the story counted to', () => {
  it('"that afternoon" after "the next morning" is the next morning\'s day', () => {
    expect(
      datesOf(
        'The hiker went missing on Friday. She was found the next morning, and flown to hospital that afternoon.',
      ),
    ).toEqual([
      ['on Friday', '2024-03-08'],
      ['the next morning', '2024-03-09'],
      ['that afternoon', '2024-03-09'],
    ]);
    expect(
      datesOf(
        'Talks broke down on 4 March. By the following day, the union had called a strike, and at 6pm that day pickets gathered.',
      ),
    ).toEqual([
      ['on 4 March', '2024-03-04'],
      ['the following day', '2024-03-05'],
      ['that day', '2024-03-05'],
    ]);
  });
});

describe('the day before or after, with a verb after it', () => {
  it('"carried out the next day found", "published the previous day showed" count from the day named', () => {
    expect(
      datesOf('Divers raised the wreck on 4 March, and an inspection carried out the next day found a crack.'),
    ).toEqual([
      ['on 4 March', '2024-03-04'],
      ['the next day', '2024-03-05'],
    ]);
    expect(datesOf('Shares rose 3% on 8 March after figures published the previous day showed strong sales.')).toEqual([
      ['on 8 March', '2024-03-08'],
      ['the previous day', '2024-03-07'],
    ]);
  });

  it('"the following afternoon" is the day after, as "the following morning" is', () => {
    expect(datesOf('The striker was hurt on 2 March and trained again the following afternoon.')).toEqual([
      ['on 2 March', '2024-03-02'],
      ['the following afternoon', '2024-03-03'],
    ]);
  });
});

describe('a length of time is no day "that evening" refers to', () => {
  const evening = (text: string) => datesOf(text).find(([t]) => t === 'that evening');
  it('"held for ten days", "closed for 30 days from Friday" leave "that evening" on the day named before', () => {
    expect(
      evening('On 4 March a court ordered the driver held for ten days. Protesters marched that evening.'),
    ).toEqual(['that evening', '2024-03-04']);
    expect(
      evening('The port said on 5 March it would close for 30 days from Friday. Crews left that evening.'),
    ).toEqual(['that evening', '2024-03-05']);
  });
});

describe('a day counted from the main clause, not from an aside', () => {
  it('"X, which was fixed on 1 March, was moved the following morning" counts from the story’s day before', () => {
    expect(
      datesOf(
        'The ship docked on 4 March. A crane, which had been repaired on 1 March, was moved the following morning.',
      ),
    ).toEqual([
      ['on 4 March', '2024-03-04'],
      ['on 1 March', '2024-03-01'],
      ['the following morning', '2024-03-05'],
    ]);
    // With no other day to count from, it names none.
    expect(datesOf('A crane, which had been repaired on 1 March, was moved the following morning.')).toEqual([
      ['on 1 March', '2024-03-01'],
    ]);
    // A simple past aside is the story's thread: its day is counted from.
    expect(
      datesOf(
        'Police charged a man on 8 March. Ms Lane, who was last seen on 1 March, was reported missing the next day.',
      ),
    ).toEqual([
      ['on 8 March', '2024-03-08'],
      ['on 1 March', '2024-03-01'],
      ['the next day', '2024-03-02'],
    ]);
    // A day the main clause names after the aside is the one counted from.
    expect(
      datesOf('The crane, which was repaired on 1 March, failed on 6 March and was replaced the next day.'),
    ).toEqual([
      ['on 1 March', '2024-03-01'],
      ['on 6 March', '2024-03-06'],
      ['the next day', '2024-03-07'],
    ]);
  });
});

describe('a trading session counted from the day named', () => {
  it('"the previous session" in a market report is the weekday before, over a weekend', () => {
    expect(datesOf('Shares fell 3% on Monday, 11 March, after gaining 2% in the previous session.')).toEqual([
      ['on Monday, 11 March', '2024-03-11'],
      ['the previous session', '2024-03-08'],
    ]);
    expect(datesOf('The index closed 40 points higher on 6 March than in the prior session.')).toEqual([
      ['on 6 March', '2024-03-06'],
      ['the prior session', '2024-03-05'],
    ]);
  });

  it('a session with no market near it is a sitting, not a day', () => {
    expect(datesOf('The bill passed on 4 March, after failing in the previous session.')).toEqual([
      ['on 4 March', '2024-03-04'],
    ]);
  });
});
