import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a list of day numbers before the date', () => {
  it('leaves out the list’s first days and its join', () => {
    expect(label('Lift engineers will walk out on 10, 11 and 12 April, the union said.')).toBe(
      'Lift engineers will walk out',
    );
    expect(label('Ferry crews will strike on 17 and 18 April.')).toBe('Ferry crews will strike');
  });

  it('keeps numbers that are no days of the list: "between junctions 4 and"', () => {
    expect(label('The motorway will shut between junctions 4 and 5 from 9pm on 12 April.')).not.toBe(
      'The motorway will shut between junctions',
    );
  });
});

describe('key date label: a one-word subject of "is"', () => {
  it('names the event: "Kick-off", "Sentencing"', () => {
    expect(label('The squad is unchanged. Kick-off is at 19:45 on 9 April.')).toBe('Kick-off');
    expect(label('The jury found him guilty. Sentencing is on 22 April.')).toBe('Sentencing');
  });

  it('is not a pronoun', () => {
    expect(label('The fair returns to the common. It is on 22 April.')).not.toBe('It');
  });
});

describe('key date label: "ahead of" an event on the day', () => {
  it('names the event, not what comes ahead of it', () => {
    expect(label('The warning comes ahead of next month’s Budget on 26 March.')).toBe('Next month’s Budget');
    expect(label('Ticket prices rose in the run-up to the cup final on 19 April.')).toBe('The cup final');
  });
});

describe('key date label: the date opening the sentence', () => {
  it('labels with the clause after it, a figure with a decimal point and all', () => {
    expect(label('From 1 April, water bills will rise by 7.5%.')).toBe('Water bills will rise by 7.5%');
    expect(label('On 14 April, council tax bills will go up by 4.99%.')).toBe('Council tax bills will go up by 4.99%');
  });
});

describe('key date label: "The company said it would…"', () => {
  it('names the body "it" or "they" stands for', () => {
    expect(label('The trust said it would publish its findings on 14 April.')).toBe(
      'The trust would publish its findings',
    );
    expect(label('The unions said they would walk out on 14 April.')).toBe('The unions would walk out');
  });

  it('leaves "it" after a person’s name, which it never stands for', () => {
    expect(label('Ann Rowe said it would reopen on 14 April.')).toBe('It would reopen');
  });
});

describe('key date label: the second of two reported clauses, "…, and that X will…"', () => {
  it('is the clause without "and that"', () => {
    expect(
      label(
        'The operator said every passenger would get a refund, and that the full timetable would return on 14 April.',
      ),
    ).toBe('The full timetable would return');
  });
});

describe('key date label: where the subject is, set off by commas', () => {
  it('is left out of the label', () => {
    expect(label('The trial, at Truro Crown Court, is due to start on 7 April.')).toBe('Trial due to start');
  });
});
