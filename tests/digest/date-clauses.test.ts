import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2019-03-20 is a Wednesday: the Monday before is 03-18 (nearer), the one after 03-25.
const WEDNESDAY = '2019-03-20';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a day in a comma-set aside takes the aside’s tense, not the main verb’s', () => {
  it.each([
    // A participle opens the aside: it is past though the main verb is future.
    ['The mayor, sworn in on March 4, will present her first budget in May.', 'March 4', '2019-03-04'],
    ['The two suspects, taken into custody on March 9, will appear in court in April.', 'March 9', '2019-03-09'],
    ['The striker, hurt in training on Monday, will miss the derby.', 'on Monday', '2019-03-18'],
    // An "and" or "before" inside a relative aside does not cut the day off from the aside's verb.
    [
      'The regulator, which studied the gas and power markets for a year before approving the deal on March 1, will name a monitor.',
      'March 1',
      '2019-03-01',
    ],
  ])('%s', (text, expression, day) => {
    expect(datesOf(text)).toContainEqual([expression, day]);
  });

  it('an aside that looks ahead, or a clause with a tense of its own, keeps its reading', () => {
    expect(datesOf('The ferry, due back in service on Monday, was damaged in a storm.')).toContainEqual([
      'on Monday',
      '2019-03-25',
    ]);
    expect(datesOf('The board, which will meet on Monday, sold the plant last year.')).toContainEqual([
      'on Monday',
      '2019-03-25',
    ]);
  });
});

describe('a day between a past verb and the clause it reports belongs to the past verb', () => {
  it.each([
    'The goalkeeper told the club’s website on Monday he would stay for another season.',
    'The senator said in a radio interview on Monday the bill would pass by summer.',
    'Police told reporters on Monday Hughes could face further charges.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual(['on Monday', '2019-03-18']);
  });

  it('a day after the modal, or with no new subject before it, is the modal’s', () => {
    expect(datesOf('The lawyers told the judge they would file the appeal on Monday.')).toContainEqual([
      'on Monday',
      '2019-03-25',
    ]);
    expect(datesOf('The ministry said the deadline on Monday will not move.')).toContainEqual([
      'on Monday',
      '2019-03-25',
    ]);
  });
});

describe('a day after an infinitive of intent or expectation is ahead, though the verb before it is past', () => {
  it.each([
    'The teachers’ union threatened to close the schools on Monday.',
    'The club said it expected the stadium to reopen on Monday.',
    'The developer hoped to finish the footbridge by Monday.',
    'Parish councils were told to return their ballots by Monday.',
    'The haulier had been ordered to clear the lay-by by noon Monday.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual([expect.stringMatching(/Monday$/), '2019-03-25']);
  });

  it('a day before the infinitive, or after an agreement, is the past verb’s', () => {
    expect(datesOf('The union threatened on Monday to close the schools.')).toContainEqual(['on Monday', '2019-03-18']);
    expect(datesOf('The haulier was ordered on Monday to clear the lay-by.')).toContainEqual([
      'on Monday',
      '2019-03-18',
    ]);
    expect(datesOf('Pupils, who had been told to stay home on Monday, returned to class.')).toContainEqual([
      'on Monday',
      '2019-03-18',
    ]);
    expect(datesOf('The lender agreed to pay the fine on Monday, regulators said.')).toContainEqual([
      'on Monday',
      '2019-03-18',
    ]);
  });
});

describe('a plural subject with a present schedule verb sets a day ahead', () => {
  // Sunday: 03-17 behind (nearer), 03-24 ahead.
  it.each([
    'The Rangers host Ottawa at the Garden on Sunday.',
    'The two councils meet again on Sunday.',
    'The Lions, who lost at home on Saturday, travel to Leeds on Sunday.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual(['on Sunday', '2019-03-24']);
  });

  it('a noun in -s before a day, or a possessive, is no plural subject of a schedule', () => {
    expect(datesOf('Talks on Sunday failed to produce a deal.')).toContainEqual(['on Sunday', '2019-03-17']);
    expect(datesOf('The probe was lost soon after its launch on Sunday.')).toContainEqual(['on Sunday', '2019-03-17']);
  });
});

describe('a day in a relative clause with no commas is its past verb’s, not the main verb’s', () => {
  // Monday: 03-18 behind (nearer), 03-25 ahead.
  it.each([
    'Fans who queued outside the ground on Monday will get their money back.',
    'Engineers that arrived on Monday will stay until the line reopens.',
    'Patients who had already been discharged on Monday will be called back.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual(['on Monday', '2019-03-18']);
  });

  it('a relative clause that looks ahead, or a "that" before a subject, leaves the day ahead', () => {
    expect(datesOf('Officials said that the ferry will sail on Monday.')).toContainEqual(['on Monday', '2019-03-25']);
    expect(datesOf('Fans who travel on Monday will get their tickets by post.')).toContainEqual([
      'on Monday',
      '2019-03-25',
    ]);
  });
});

describe('a modal of possibility reported by a past verb looks ahead', () => {
  // Friday: 03-15 behind (nearer), 03-22 ahead.
  it.each([
    'Union leaders said the strike could spread to the docks on Friday.',
    'The coastguard warned that the oil slick might reach the beaches on Friday.',
    'A spokeswoman said negotiations may resume Friday.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual([expect.stringMatching(/Friday$/), '2019-03-22']);
  });

  // Monday: 03-18 behind (nearer), 03-25 ahead: read as ahead, these would move a week on.
  it('past ability, a possibility looked back on, and May the name are not ahead', () => {
    expect(datesOf('The ferries could not sail on Monday because of the gales.')).toContainEqual([
      'on Monday',
      '2019-03-18',
    ]);
    expect(datesOf('Police said the gunman might have fled on Monday.')).toContainEqual(['on Monday', '2019-03-18']);
    expect(datesOf('Club chairman Peter May said Monday the manager would stay.')).toContainEqual([
      'Monday',
      '2019-03-18',
    ]);
  });
});

describe('"ahead of" before a name ranks, and is no cue of a day to come', () => {
  // Monday: 03-18 behind (nearer), 03-25 ahead.
  it.each([
    'The winger was preferred ahead of Marcus Hale on Monday for the cup tie.',
    'Leeds stayed ahead of Norwich on Monday with a late winner.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual(['on Monday', '2019-03-18']);
  });

  it('before an event it still looks ahead', () => {
    expect(datesOf('Shares rose ahead of the vote on Monday.')).toContainEqual(['on Monday', '2019-03-25']);
  });
});

describe('"went past Monday" in an "if" clause after "would" is a supposition about a day ahead', () => {
  it('the day is the one ahead', () => {
    expect(datesOf('The referee said play would be halted if the rain went past Monday.')).toContainEqual([
      'Monday',
      '2019-03-25',
    ]);
  });

  it('told as gone by, or with no "would", the day is the one behind', () => {
    expect(datesOf('The hearing dragged on past Monday.')).toContainEqual(['Monday', '2019-03-18']);
    expect(datesOf('She said the sale was void if the buyer paid on Monday.')).toContainEqual([
      'on Monday',
      '2019-03-18',
    ]);
  });
});

// Round 14: a past spelt as its base form, told in an aside after "who" or "which".
describe('"who hit", "which put" in an aside is past', () => {
  it.each([
    ['The goalkeeper, who hurt his wrist on Saturday, will miss the final.', 'on Saturday', '2019-03-16'],
    ['Ortiz, who hit a grand slam on Friday, will sit out the opener.', 'on Friday', '2019-03-15'],
    ['The storm, which shut the port on Saturday, will reach Norway next week.', 'on Saturday', '2019-03-16'],
  ])('%s', (text, expression, date) => {
    expect(datesOf(text)).toContainEqual([expression, date]);
  });

  it('but not the base form after a modal or as a noun', () => {
    expect(datesOf('The storm will hit the coast on Friday.')).toContainEqual(['on Friday', '2019-03-22']);
    expect(datesOf('The band, which will put on a show on Friday, sold out.')).toContainEqual([
      'on Friday',
      '2019-03-22',
    ]);
  });
});

// Round 14: a denied ability is told of a day gone by, even when the nearer weekday is ahead.
describe('"could not" is past ability', () => {
  it.each([
    ['Lifeboats could not launch on Friday because of the swell.', 'on Friday', '2019-03-15'],
    ['The keeper couldn’t train on Saturday after a late flight.', 'on Saturday', '2019-03-16'],
    ['Shoppers could only watch on Friday as the doors stayed shut.', 'on Friday', '2019-03-15'],
  ])('%s', (text, expression, date) => {
    expect(datesOf(text)).toContainEqual([expression, date]);
  });

  it('but a possibility still open looks ahead', () => {
    expect(datesOf('Negotiators could still reach a deal on Friday.')).toContainEqual(['on Friday', '2019-03-22']);
  });
});

// Round 14: "after" and an -ing form has no tense: it came before the past clause it hangs from.
describe('an "after …ing" clause takes the past of the clause before it', () => {
  it('is the day behind after a past verb', () => {
    expect(
      datesOf(
        'The striker was recalled to the national squad by the coach after scoring twice for Lazio against Roma on Saturday.',
      ),
    ).toContainEqual(['on Saturday', '2019-03-16']);
  });

  it('but stays nearest after a future', () => {
    expect(datesOf('The captain will bat after resting on Saturday.')).toContainEqual(['on Saturday', '2019-03-23']);
  });
});

describe('a verbless "with" clause takes the tense of the clause it hangs from', () => {
  it('however far back that clause’s verb stands', () => {
    expect(
      datesOf(
        'Meteorologists say a cold front could sweep across the northern counties and the coast, with hard frost in the valleys on Monday.',
      ),
    ).toEqual([['on Monday', '2019-03-25']]);
    expect(
      datesOf(
        'A cold front swept across the northern counties and the coast overnight, with hard frost in the valleys on Monday.',
      ),
    ).toEqual([['on Monday', '2019-03-18']]);
  });
});
