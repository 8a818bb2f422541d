import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Cases from a tenth review round, written for Herald. 2025-01-13 is a Monday: the Friday before is
// 01-10 (nearer), the one after 01-17; the Saturday before 01-11, the one after 01-18.
const MONDAY = '2025-01-13';
const dayOf = (text: string) =>
  buildDigest(article(text, MONDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a schedule told in the present after a singular subject is the weekday ahead', () => {
  it.each([
    ['The board meets Friday to consider the bid.', 'Friday', '2025-01-17'],
    ['The stock goes ex-dividend on Friday.', 'on Friday', '2025-01-17'],
    ['The court hears arguments Friday in the appeal.', 'Friday', '2025-01-17'],
    ['The company reports earnings on Saturday.', 'on Saturday', '2025-01-18'],
    ['The committee votes Friday on the measure.', 'Friday', '2025-01-17'],
    ['The team travels to Leeds on Friday.', 'on Friday', '2025-01-17'],
    ['The senate takes up the bill Friday.', 'Friday', '2025-01-17'],
    ['The museum closes for renovation on Saturday.', 'on Saturday', '2025-01-18'],
    ['The president visits Ohio on Friday, the White House said.', 'on Friday', '2025-01-17'],
    ['The offer lapses on Friday.', 'on Friday', '2025-01-17'],
    ['The film premieres Saturday in London.', 'Saturday', '2025-01-18'],
    ['The bank, which reports on Friday, warned of losses.', 'on Friday', '2025-01-17'],
    ['The senator, who visits Ohio on Friday, said he would run.', 'on Friday', '2025-01-17'],
    // A strike called for a day ahead, after a plural subject.
    ['Workers walk out on Friday unless the offer improves.', 'on Friday', '2025-01-17'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });
});

describe('a schedule told in the present after a possessive subject is the weekday ahead', () => {
  it.each([
    ["The union's executive meets Friday to weigh the pay offer.", 'Friday', '2025-01-17'],
    ["The club's board votes on Friday on the stadium move.", 'on Friday', '2025-01-17'],
    ["The nurses' council convenes Saturday in Leeds.", 'Saturday', '2025-01-18'],
    ["Brightwell's finance committee hears the appeal Friday.", 'Friday', '2025-01-17'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it.each([
    ["The union's talks Friday failed to end the dispute.", 'Friday'],
    ["The bank's earnings Friday were below forecasts.", 'Friday'],
    ["The club's votes Friday were counted twice.", 'Friday'],
  ])('leaves a plural head behind: %s', (text, expression) => {
    expect(dayOf(text)).toEqual([[expression, '2025-01-10']]);
  });
});

describe('a plural noun in -s, a past verb or a reporting verb leaves the weekday behind', () => {
  it.each([
    ['Earnings Friday were below forecasts.', 'Friday'],
    ['Talks Friday failed to produce a deal.', 'Friday'],
    ['The board met Friday to consider the bid.', 'Friday'],
    ['The company reported earnings on Friday.', 'on Friday'],
    ['The union votes Friday were counted by hand.', 'Friday'],
    ['The credit reports on Friday showed a rise in defaults.', 'on Friday'],
    ['The report Friday shows prices rising.', 'Friday'],
    ['The chairman says the board met Friday.', 'Friday'],
    ['The news Friday sent shares lower.', 'Friday'],
  ])('%s', (text, expression) => {
    expect(dayOf(text)).toEqual([[expression, '2025-01-10']]);
  });

  it('finds no day in a habit told with plural weekdays', () => {
    expect(dayOf('The market opens at 9:30 on weekdays.')).toEqual([]);
    expect(dayOf('The shop closes at 5 on Saturdays.')).toEqual([]);
  });
});

describe('a day a past verb sets ("adjourned … to", "called … for") is the weekday ahead', () => {
  it.each([
    ['The judge adjourned the hearing to Friday.', 'Friday', '2025-01-17'],
    ['The union called a strike for Friday.', 'Friday', '2025-01-17'],
    ['Magistrates adjourned the case until Friday.', 'Friday', '2025-01-17'],
    ['The chairman postponed the vote to Friday.', 'Friday', '2025-01-17'],
    ['He was remanded in custody until Friday.', 'Friday', '2025-01-17'],
    ['The judge adjourned the trial of four former bank directors until Friday.', 'Friday', '2025-01-17'],
    ['Stewards postponed the hurdle race at the flooded Cheltenham course until the 20th.', 'the 20th', '2025-01-20'],
    ['The ski resort suspended its chairlifts through Thursday.', 'Thursday', '2025-01-16'],
    ['Organisers cancelled the remaining heats through Saturday.', 'Saturday', '2025-01-18'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it.each([
    ['The union called for a strike on Friday.', 'on Friday'],
    ['The meeting had been set for Friday but was cancelled.', 'Friday'],
    ['The trial was adjourned to Friday, when he was jailed.', 'Friday'],
    ['The gale moved through Friday and cleared by dusk.', 'Friday'],
  ])('but not a call made on the day, a plan as it had stood or a day told as gone by: %s', (text, expression) => {
    expect(dayOf(text)).toContainEqual([expression, '2025-01-10']);
  });
});

// Round 14: a name before the verb, singular in form: only its capital marks it a subject.
describe('a schedule told in the present after a name is the weekday ahead', () => {
  it.each([
    ['Scotland host Ireland at Murrayfield on Saturday.', 'on Saturday', '2025-01-18'],
    ['The Blue Jays face Oakland on Friday.', 'on Friday', '2025-01-17'],
    ['Leeds travel to Cardiff on Saturday.', 'on Saturday', '2025-01-18'],
    ['Denver visits Chicago on Friday.', 'on Friday', '2025-01-17'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it.each([
    ['Scotland beat Ireland at Murrayfield on Saturday.', 'on Saturday'],
    ['Talks Friday failed to end the strike.', 'Friday'],
    ['On Friday play was washed out at Lord’s.', 'On Friday'],
  ])('but not a past verb or a weekday before a noun: %s', (text, expression) => {
    expect(dayOf(text)).toContainEqual([
      expression,
      expression === 'On Friday' ? '2025-01-10' : expression === 'Friday' ? '2025-01-10' : '2025-01-11',
    ]);
  });
});

describe('a day a past verb of rescheduling sets is ahead', () => {
  it('"has been rearranged for the 27th" is the 27th ahead, "was held on the 21st" the one behind', () => {
    const on = (text: string) =>
      buildDigest(article(text, '2024-03-13')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
    expect(on('The cup tie has been rearranged for the 27th.')).toEqual([['the 27th', '2024-03-27']]);
    expect(on('The concert was rescheduled for the 21st.')).toEqual([['the 21st', '2024-03-21']]);
    expect(on('The final was rearranged for Monday.')).toEqual([['Monday', '2024-03-18']]);
    expect(on('The concert was held on the 21st.')).toEqual([['the 21st', '2024-02-21']]);
  });
});

describe('a day of the calendar told in the present', () => {
  it('"which falls on Saturday" is the Saturday ahead, though the sentence is past', () => {
    const on = (text: string) =>
      buildDigest(article(text, '2024-03-13')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
    expect(on('Traders said they had sold little before the festival, which falls on Saturday.')).toEqual([
      ['on Saturday', '2024-03-16'],
    ]);
    expect(on('Rain fell on Monday.')).toEqual([['on Monday', '2024-03-11']]);
  });
});

describe('a past verb that schedules a day', () => {
  it('"scheduled a hearing for Monday" sets the Monday ahead; "had been scheduled" or a "but" after it stays nearest', () => {
    // 2024-03-14 is a Thursday: the Monday before is 03-11 (nearer), the one after 03-18.
    const on = (text: string) =>
      buildDigest(article(text, '2024-03-14')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
    expect(on('The magistrate scheduled a bail hearing for Monday.')).toEqual([['Monday', '2024-03-18']]);
    expect(on('A second reading of the bill was slated for Monday.')).toEqual([['Monday', '2024-03-18']]);
    expect(on('The reading had been scheduled for Monday.')).toEqual([['Monday', '2024-03-11']]);
    expect(on('The parade was scheduled for Monday, but snow kept the floats indoors.')).toEqual([
      ['Monday', '2024-03-11'],
    ]);
  });
});

describe('a yearless day a present "is" puts weeks behind publication is next year’s', () => {
  const on = (text: string) =>
    buildDigest(article(text, '2026-11-18')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
  it('"graduation day is 9 July" in November, even beside a past reporting verb', () => {
    expect(on('Graduation day is 9 July, the college confirmed.')).toContainEqual(['9 July', '2027-07-09']);
    expect(on('The cup final is on 23 May, organisers said.')).toContainEqual(['on 23 May', '2027-05-23']);
  });
  it('a day just gone stays (a late report), and "was" keeps it behind', () => {
    expect(on('The closing date is 6 November.')).toContainEqual(['6 November', '2026-11-06']);
    expect(on('Graduation day was 9 July, the college confirmed.')).toContainEqual(['9 July', '2026-07-09']);
  });
});
