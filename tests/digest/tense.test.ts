import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { tenseNear } from '../../src/digest/tense.js';
import { article } from '../helpers.js';

// 2025-01-07 is a Tuesday: the Saturday before is 01-04 (nearer), the one after 01-11.
const TUESDAY = '2025-01-07';
const dayOf = (text: string, published = TUESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

const tenseOf = (sentence: string, expression: string) => {
  const at = sentence.indexOf(expression);
  return tenseNear(sentence, at, at + expression.length);
};

describe('a weekday in a future clause is the one ahead, even when the one behind is nearer', () => {
  it.each([
    ['The goalkeeper is expected back for Saturday’s derby after his knee injury.', 'Saturday'],
    ['Residents can’t wait for Saturday, when the pool finally reopens.', 'Saturday'],
    ['The jury is set to deliver its verdict on Saturday.', 'on Saturday'],
    ['The recount is scheduled for Saturday morning.', 'Saturday morning'],
    ['Volunteers planned a beach clean-up on Saturday.', 'on Saturday'],
    ['The upcoming ballot on Saturday decides the chair.', 'on Saturday'],
    ['Ministers said on Monday that the border would reopen on Saturday.', 'on Saturday'],
    ['The storm is forecast to reach the coast early on Saturday, forecasters said.', 'on Saturday'],
    ['Demand for power is predicted to peak on Saturday, the grid operator said.', 'on Saturday'],
    // Reported speech backshifts the forecast ("are likely to" becomes "were likely to").
    ['The coastguard said crossings on Saturday evening were likely to be called off.', 'on Saturday evening'],
    // Courts and bookings: "listed" and "fixed" are no past verbs here.
    ['The replay is fixed for Saturday, the league said.', 'Saturday'],
    ['A second hearing is listed for Saturday.', 'Saturday'],
    // A schedule told in the present.
    ['The trial resumes Saturday after a break for the holiday.', 'Saturday'],
    ['The book fair, which runs from Thursday to Saturday, is sold out.', 'Saturday'],
    ['Winter sales begin online at 6am on Saturday.', 'at 6am on Saturday'],
    // chrono reads "on" with the day; "due on" is still a cue, nearer than "delayed".
    ['The jobs report, due on Saturday, may be delayed by the strike.', 'on Saturday'],
  ])('%s', (text, expression) => {
    expect(dayOf(text)).toContainEqual([expression, '2025-01-11']);
  });

  it('keeps a weekday named with "last" as chrono reads it; "this" with a past verb is the one gone by', () => {
    expect(dayOf('The council met this Saturday to vote.')).toEqual([['this Saturday', '2025-01-04']]);
    expect(dayOf('The council will review what it did last Saturday.')).toEqual([['last Saturday', '2025-01-04']]);
  });
});

describe('a weekday in a past clause is the one behind, even when the one ahead is nearer', () => {
  it('is not pulled ahead by a present schedule verb after "to" or "not" ("failed to resume")', () => {
    expect(dayOf('Talks failed to resume on Saturday.')).toEqual([['on Saturday', '2025-01-04']]);
    expect(dayOf('The rebels listed their demands on Saturday.')).toEqual([['on Saturday', '2025-01-04']]);
    expect(dayOf('The shop did not reopen on Saturday.')).toEqual([['on Saturday', '2025-01-04']]);
  });

  it('is not pulled ahead by a cue that qualifies a later event ("ahead of", "in time for")', () => {
    expect(dayOf('Supporters camped outside on Saturday ahead of the final.')).toEqual([['on Saturday', '2025-01-04']]);
    expect(tenseOf('Stock arrived on Saturday in time for the sale.', 'on Saturday')).toBe('past');
  });

  it('dates a past event on Friday to the Friday before a Tuesday article', () => {
    // Friday ahead (01-10) is three days away, Friday behind (01-03) four.
    expect(dayOf('The shares slumped on Friday after the profit warning.')).toEqual([['on Friday', '2025-01-03']]);
    expect(dayOf('The mayor said on Monday that the market burned down on Friday.')).toEqual([
      ['on Monday', '2025-01-06'],
      ['on Friday', '2025-01-03'],
    ]);
  });

  it('keeps tomorrow’s weekday with a past verb (a story stamped the evening before) and a period running "until" a day', () => {
    expect(dayOf('The envoy flew Wednesday to the capital for talks.')).toEqual([['Wednesday', '2025-01-08']]);
    expect(dayOf('The ministry has kept the schools closed until Friday.')).toEqual([['Friday', '2025-01-10']]);
  });
});

describe('yearless days follow the same tense', () => {
  it('puts a future-clause day that has passed this year in the next year', () => {
    expect(dayOf('The final ruling is expected on 3 November.', '2024-11-24')).toEqual([
      ['on 3 November', '2025-11-03'],
    ]);
    expect(dayOf('The ferry was retired on 3 November.', '2024-11-24')).toEqual([['on 3 November', '2024-11-03']]);
  });
});

describe('tenseNear reads the clause of the expression', () => {
  it('takes the verb of its own clause, not of the reporting clause', () => {
    const s = 'The coach said on Monday that the captain will start on Sunday.';
    expect(tenseOf(s, 'on Monday')).toBe('past');
    expect(tenseOf(s, 'on Sunday')).toBe('future');
  });
  it('does not read "scheduled" or "expected" as past verbs, nor a bare noun ending in -ed', () => {
    expect(tenseOf('The launch is scheduled for Friday.', 'Friday')).toBe('future');
    expect(tenseOf('A hundred people gathered on Friday.', 'on Friday')).toBe('past');
    expect(tenseOf('A hundred people on Friday.', 'on Friday')).toBe('unknown');
  });
});

describe('a schedule told in the past ("was due to") is no tense: the day stays the nearest one', () => {
  it('does not move a yearless day that was due into next year', () => {
    expect(dayOf('The footbridge was due to reopen on 3 December but the repairs overran.')).toEqual([
      ['on 3 December', '2024-12-03'],
    ]);
    expect(dayOf('The footbridge is due to reopen on 3 December.')).toEqual([['on 3 December', '2025-12-03']]);
  });

  it('does not move a weekday that was expected into next week', () => {
    // Saturday behind (01-04) is three days away, Saturday ahead (01-11) four.
    expect(dayOf('The pay deal, which was expected to be signed on Saturday, has stalled.')).toEqual([
      ['on Saturday', '2025-01-04'],
    ]);
    expect(dayOf('The pay deal is expected to be signed on Saturday.')).toEqual([['on Saturday', '2025-01-11']]);
  });

  it('does not borrow a past reporting verb from outside the clause for a schedule told in the past', () => {
    // Thursday ahead (01-09) is two days away: the nearest one, as the forecast meant.
    expect(dayOf('The forecaster said on Monday that more snow was expected on Thursday.')).toEqual([
      ['on Monday', '2025-01-06'],
      ['on Thursday', '2025-01-09'],
    ]);
    expect(tenseOf('The forecaster said on Monday that more snow was expected on Thursday.', 'on Thursday')).toBe(
      'unknown',
    );
    // With no schedule in its clause, the reporting verb still decides.
    expect(dayOf('The forecaster said on Monday that snow fell on Thursday.')).toEqual([
      ['on Monday', '2025-01-06'],
      ['on Thursday', '2025-01-02'],
    ]);
  });

  it('reads the tense of the schedule words alone', () => {
    expect(tenseOf('The talks were originally scheduled for Friday.', 'Friday')).toBe('unknown');
    expect(tenseOf('The talks are scheduled for Friday.', 'Friday')).toBe('future');
  });
});
