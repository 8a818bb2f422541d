import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label endings, more', () => {
  it('ends on what the day is, not on "to be" before it', () => {
    expect(label('The wettest day of the week is expected to be Thursday.')).toBe('Wettest day of the week');
    expect(label('The deadline for entries is to be 14 March.')).toBe('The deadline for entries');
  });

  it('keeps "go ahead" whole and ends before "would be"', () => {
    expect(label('The village fete will go ahead on 12 April despite the rain.')).toBe(
      'The village fete will go ahead',
    );
    expect(label('If the ballot succeeds, the first day of action would be 24 March.')).toBe('The first day of action');
    // "ahead" alone still goes: "the week ahead" is no part of what happens.
    expect(label('Gritters will be out ahead of Friday.')).toBe('Gritters will be out');
  });

  it('labels with what happens before the date, not the apposition that names the day after it', () => {
    expect(
      label('Parking fees, bus fares and library fines will go up on 1 April, the first day of the council year.'),
    ).toBe('Parking fees, bus fares and library fines will go up');
    expect(label('Museums, galleries and parks will stay open on 5 May, a bank holiday.')).toBe(
      'Museums, galleries and parks will stay open',
    );
  });

  it('leaves out the first of two dated days joined before the key one', () => {
    expect(
      label(
        'Bin crews in the city will walk out on Monday 10 March and Tuesday 11 March, and depots will shut on 11 March.',
      ),
    ).toBe('Bin crews in the city will walk out');
    expect(
      label('Ferry staff will strike on Thursday, March 13 and Friday, March 14, with no sailings on March 14.'),
    ).toBe('Ferry staff will strike');
  });
});
