import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
// Trailing punctuation read with an expression ("Monday,") is not what these tests are about.
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('expressions chrono reads that name no day of the story', () => {
  it('a holiday of another calendar is not the Western one', () => {
    expect(datesOf('Shops in Penang stay open late on Chinese New Year’s Eve.')).toEqual([]);
    expect(datesOf('Serbs celebrate Orthodox Christmas with a midnight liturgy.')).toEqual([]);
    expect(datesOf('The carol service is held a week before Christmas.')).not.toEqual([]);
  });

  it('a holiday that names a break is no day; the holiday itself still is', () => {
    expect(datesOf('MPs rise for the Easter recess on March 27.')).toEqual([['March 27', '2024-03-27']]);
    expect(datesOf('Pupils will break up for the Easter holidays after Maundy Thursday.')).toEqual([
      ['Maundy Thursday', '2024-03-28'],
    ]);
    expect(datesOf('The ferry runs an extra sailing over the Easter holiday.')).toEqual([['Easter', '2024-03-31']]);
    expect(datesOf('The bill must pass before the Easter recess.')).toEqual([['Easter', '2024-03-31']]);
  });

  it('a name ending in a capitalised Today is a name, not the publication day', () => {
    expect(datesOf('The coach told USA Today that he would stay.')).toEqual([]);
    expect(datesOf('She was interviewed on the Today programme about the strike.')).toEqual([]);
    // A capital at the start of a sentence is still today.
    expect(datesOf('Today the mayor opened the bridge.')).toEqual([['Today', WEDNESDAY]]);
  });

  it('"the night on Monday" is Monday, not tonight', () => {
    expect(datesOf('Porters who worked through the night on Monday cleared the runway.')).toEqual([
      ['Monday', '2024-03-11'],
    ]);
    expect(datesOf('Divers searched through the night on Saturday.')).toEqual([['Saturday', '2024-03-09']]);
  });

  it('a score before a weekday is no day of the month', () => {
    expect(datesOf('Leeds beat Hull 28-24 on Saturday.')).toEqual([['on Saturday', '2024-03-09']]);
    expect(datesOf('The Bears lost 31-17 on Sunday.')).toEqual([['on Sunday', '2024-03-10']]);
  });

  it('a vote tally before a weekday is no span of days', () => {
    expect(datesOf('The committee voted 9 to 4 on Monday to close the depot.')).toEqual([['on Monday', '2024-03-11']]);
    expect(datesOf('The count stood at 6-1 Tuesday.')).toEqual([['Tuesday', '2024-03-12']]);
    // A span of days names its month, and stays one.
    expect(datesOf('The fair runs April 4 to 6, Thursday to Saturday.').slice(0, 2)).toEqual([
      ['April 4', '2024-04-04'],
      ['6', '2024-04-06'],
    ]);
  });

  it('a span before or after an event counts from that event, not from publication', () => {
    expect(datesOf('The minister resigned an hour after the report came out.')).toEqual([]);
    expect(datesOf('Two days before the vote, the polls closed their gap.')).toEqual([]);
    expect(datesOf('A week after the flood the roads reopened.')).toEqual([]);
    // With its anchor inside the expression it is still a day.
    expect(datesOf('The trial opens the day after tomorrow.')).toEqual([['the day after tomorrow', '2024-03-15']]);
  });

  it('"last" after a modal or "to" is the verb, not a span counted back', () => {
    expect(datesOf('The talks could last two weeks.')).toEqual([]);
    expect(datesOf('The eclipse will last about 50 minutes.')).toEqual([]);
    expect(datesOf('The strike is expected to last three days.')).toEqual([]);
  });

  it('a span after a weekday’s event counts from the event: the day named is the weekday’s', () => {
    expect(datesOf('The party conceded, two days after Monday’s election.')).toEqual([['Monday', '2024-03-11']]);
    expect(datesOf('Shares rebounded a day after Friday’s plunge.')).toEqual([['Friday', '2024-03-08']]);
    // With no event after the weekday, the span counts from it.
    expect(datesOf('The results came two days after Monday.')).toEqual([['two days after Monday', '2024-03-13']]);
  });

  it('"the day" right before the day it means is not read twice', () => {
    expect(datesOf('During the day Monday, crews cleared the roads.')).toEqual([['Monday', '2024-03-11']]);
  });
});

describe('days a reader sees that chrono alone leaves out', () => {
  it('reads both ends of a range that names its month once', () => {
    expect(datesOf('The festival ran from March 3 to 5 in the old town.')).toEqual([
      ['March 3', '2024-03-03'],
      ['5', '2024-03-05'],
    ]);
    expect(datesOf('Judges heard the appeal over 4-6 March.')).toEqual([
      ['4', '2024-03-04'],
      ['6 March', '2024-03-06'],
    ]);
  });

  it('reads both days of a pair that names its month once', () => {
    expect(datesOf('The central bank meets on March 19 and 20 to set rates.')).toEqual([
      ['March 19', '2024-03-19'],
      ['20', '2024-03-20'],
    ]);
    expect(datesOf('The quarter-final is on April 9 or 10, the league said.')).toEqual([
      ['April 9', '2024-04-09'],
      ['10', '2024-04-10'],
    ]);
    expect(datesOf('The strike went ahead on 7 and 8 March.')).toEqual([
      ['7', '2024-03-07'],
      ['8 March', '2024-03-08'],
    ]);
    // A count after "and" is no day.
    expect(datesOf('The storm struck on March 3 and 4 people drowned.')).toEqual([['March 3', '2024-03-03']]);
  });

  it('reads a day of the month written with no month, in the month its sentence names or else the publication’s', () => {
    expect(datesOf('The ferry returns to service on the 20th.')).toEqual([['the 20th', '2024-03-20']]);
    expect(datesOf('Rents rose in February, peaking on the 26th.')).toEqual([['the 26th', '2024-02-26']]);
    expect(datesOf('Strikes are planned on the 21st and 22nd.')).toEqual([
      ['the 21st', '2024-03-21'],
      ['22nd', '2024-03-22'],
    ]);
    // An ordinal before a noun counts something else.
    expect(datesOf('Crowds gathered on Sunday for the 50th anniversary of the landing.')).toEqual([
      ['on Sunday', '2024-03-10'],
    ]);
    expect(datesOf('She scored for the 10th time.')).toEqual([]);
  });

  it('reads a day of the month after "past" ("a strike past the 22nd"), but not "past the 18th hole"', () => {
    expect(datesOf('A strike past the 22nd would close the mines.')).toEqual([['the 22nd', '2024-03-22']]);
    expect(datesOf('She walked past the 18th hole.')).toEqual([]);
  });

  it('reads a day of the month with a clause joined after it ("on the 19th and it would…")', () => {
    expect(datesOf('The ministry said the pier shuts on the 19th and that it would reopen in May.')).toEqual([
      ['the 19th', '2024-03-19'],
    ]);
    expect(datesOf('The pay rise starts on the 25th but it excludes cleaners.')).toEqual([['the 25th', '2024-03-25']]);
  });

  it('reads "on the 14th for the fun run" and "Saturday the 23rd", but not a golf hole', () => {
    expect(datesOf('Roads will shut on the 24th for the fun run.')).toEqual([['the 24th', '2024-03-24']]);
    // In a Wednesday 13 March paper the coming Saturday is the 16th; the 23rd is the next one.
    expect(datesOf('The car boot sale returns on Saturday the 23rd.')).toEqual([['Saturday the 23rd', '2024-03-23']]);
    expect(datesOf('The fete is on Monday the 1st.')).toEqual([['Monday the 1st', '2024-04-01']]);
    expect(datesOf('She birdied on the 18th for the title.')).toEqual([]);
    expect(datesOf('He came back for the 3rd for the second year.')).toEqual([]);
  });

  it('reads a day of the month with a time before it ("at midnight on the 24th", "at 7pm on the 21st")', () => {
    expect(datesOf('The amnesty closes at midnight on the 24th.')).toEqual([['midnight on the 24th', '2024-03-24']]);
    expect(datesOf('The choir performs at 7pm on the 21st.')).toEqual([['at 7pm on the 21st', '2024-03-21']]);
  });

  it('a lower-case "may" after a day of the month is the verb, not the month', () => {
    expect(datesOf('Fans holding tickets for the 23rd may claim a refund.')).toEqual([['the 23rd', '2024-03-23']]);
    expect(datesOf('Tenants who moved out on the 2nd could not get their deposits back.')).toEqual([
      ['the 2nd', '2024-03-02'],
    ]);
    expect(datesOf('The fair opens on May 4.')).toEqual([['May 4', '2024-05-04']]);
  });

  it('reads a day of the month written out in words', () => {
    expect(datesOf('The archive reopens on March twenty-first.')).toEqual([['March twenty-first', '2024-03-21']]);
    expect(datesOf('The ferry sank on the second of March.')).toEqual([['second of March', '2024-03-02']]);
  });

  it('reads the start and the end of this year as days of the publication’s year', () => {
    expect(datesOf('Home sales have slowed since the start of this year.', '2024-11-20')).toEqual([
      ['the start of this year', '2024-01-01'],
    ]);
    expect(datesOf('The pier should reopen by the end of the year.', '2024-02-02')).toEqual([
      ['the end of the year', '2024-12-31'],
    ]);
  });

  it('puts a weekday’s market close behind the article, even when the weekday ahead is nearer', () => {
    // Friday ahead (03-15) is two days away, Friday behind (03-08) five: a close is only known afterwards.
    expect(datesOf('The bonds yield two points over Friday’s closing price.')).toEqual([['Friday', '2024-03-08']]);
  });
});

describe('days counted on from another day', () => {
  it('"a week from today" and "two weeks from Friday" count on from the day after "from"', () => {
    expect(datesOf('The judge put the trial off until a week from today.')).toEqual([
      ['a week from today', '2024-03-20'],
    ]);
    expect(datesOf('The vote is two weeks from Friday.')).toEqual([['two weeks from Friday', '2024-03-29']]);
    // "from now" is chrono's own.
    expect(datesOf('The vote is ten days from now.')).toEqual([['ten days from now', '2024-03-23']]);
  });

  it('British "a week today" and "a fortnight tomorrow" leave "from" out; "a week today since…" looks back', () => {
    expect(datesOf('The council will decide a week today.')).toEqual([['a week today', '2024-03-20']]);
    expect(datesOf('The new line opens a fortnight tomorrow.')).toEqual([['a fortnight tomorrow', '2024-03-28']]);
    expect(datesOf('It is a week today since the pier collapsed.')).toEqual([['today', '2024-03-13']]);
  });

  it('"the following Monday" is the first Monday after the day the story last named', () => {
    expect(datesOf('The pay talks broke down on 4 March, and the drivers struck the following Monday.')).toEqual([
      ['on 4 March', '2024-03-04'],
      ['Monday', '2024-03-11'],
    ]);
    // A span counted from publication is no day to count from.
    expect(
      datesOf('Talks failed on 4 March. Drivers, who struck a year ago, struck again the following Monday.'),
    ).toEqual([
      ['on 4 March', '2024-03-04'],
      ['a year ago', '2023-03-13'],
      ['Monday', '2024-03-11'],
    ]);
    expect(datesOf('Prices will be published next Friday and wages the following Tuesday.')).toEqual([
      ['next Friday', '2024-03-22'],
      ['Tuesday', '2024-03-26'],
    ]);
    // With no day named before it, the weekday is placed as any other.
    expect(datesOf('The following Monday, the drivers struck.')).toEqual([['Monday', '2024-03-11']]);
  });

  it('"the following Friday" counts from the story\'s day, not from the day it was reported', () => {
    expect(
      datesOf(
        'The leisure centre will reopen on 2 April, the council said Tuesday. The pool opens the following Friday.',
      ),
    ).toEqual([
      ['on 2 April', '2024-04-02'],
      ['Tuesday', '2024-03-12'],
      ['Friday', '2024-04-05'],
    ]);
    expect(datesOf('The depot will reopen on Tuesday and the buses will run the following Friday.')).toEqual([
      ['on Tuesday', '2024-03-19'],
      ['Friday', '2024-03-22'],
    ]);
  });

  it('"the previous Friday" and "the preceding Sunday" are the last such day before the one the story last named', () => {
    expect(datesOf('The regatta is on 6 April. Crews must register the previous Friday.')).toEqual([
      ['on 6 April', '2024-04-06'],
      ['Friday', '2024-04-05'],
    ]);
    // 7 April 2024 is itself a Sunday: the preceding Sunday is a week before it.
    expect(datesOf('The fair closes on 7 April, and opened the preceding Sunday.')).toEqual([
      ['on 7 April', '2024-04-07'],
      ['Sunday', '2024-03-31'],
    ]);
  });

  it('"the day before" and "the previous day" alone are the day before the one the story last named', () => {
    expect(datesOf('The banks cut rates on Monday in a move they had agreed the day before.')).toEqual([
      ['on Monday', '2024-03-11'],
      ['the day before', '2024-03-10'],
    ]);
    expect(datesOf('The fire broke out on Saturday afternoon; the previous day, temperatures reached 40C.')).toEqual([
      ['on Saturday afternoon', '2024-03-09'],
      ['the previous day', '2024-03-08'],
    ]);
    // With no day named before it, or with the event it precedes named after it, no day.
    expect(datesOf('She had arrived the day before.')).toEqual([]);
    expect(datesOf('Talks ended on Monday. Nobody came the day before the vote.')).toEqual([
      ['on Monday', '2024-03-11'],
    ]);
  });

  it('a weekday listed after another weekday of its sentence is the first such day after it', () => {
    expect(datesOf('The committee had been due to meet next Tuesday and Wednesday.')).toEqual([
      ['next Tuesday', '2024-03-19'],
      ['Wednesday', '2024-03-20'],
    ]);
    // 2024-03-17 is a Sunday: the nearest Saturday alone is the day before.
    expect(datesOf("Emery's side play Arsenal on Tuesday and Brentford on Saturday.", '2024-03-17')).toEqual([
      ['on Tuesday', '2024-03-19'],
      ['on Saturday', '2024-03-23'],
    ]);
    // A clause told in the past keeps its own reading.
    expect(datesOf('The side beat Arsenal on Monday and drew with Brentford on Saturday.')).toEqual([
      ['on Monday', '2024-03-11'],
      ['on Saturday', '2024-03-09'],
    ]);
  });
});
