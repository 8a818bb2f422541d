import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 1990-06-29: 30 September is 93 days ahead, past the 90 after which a yearless day told in the
// past is read as gone by.
const keyOf = (text: string) => buildDigest(article(text, '1990-06-29')).keyDate;

describe('key date: "gave X until <day> to…" is a deadline ahead, though "gave" is past', () => {
  it('counts down to it', () => {
    expect(keyOf('A bankruptcy judge gave the airline until Sept. 30 to file its reorganization plan.')).toMatchObject({
      date: '1990-09-30',
      label: 'The airline to file its reorganization plan',
    });
  });

  it('a past clause that ran until the day is still no countdown', () => {
    expect(keyOf('The dock strike lasted until Sept. 30.')).toBeNull();
  });
});

describe('key date label: "would give X until <day> to…" names who has until the day, and what to do', () => {
  it('is not the sentence cut at "would give"', () => {
    const text =
      'The Senate Banking Committee on Thursday approved a bill that would give regulators until Aug. 31 to close failed thrifts.';
    expect(keyOf(text)?.label).toBe('Regulators to close failed thrifts');
  });
});

describe('key date label: a name such as "Hugh Grant" before the day gives no one time', () => {
  it('keeps the subject', () => {
    const text = 'A jury including actor Hugh Grant and writer Ann Reed will meet on Aug. 31 to choose the winner.';
    expect(keyOf(text)?.label).toBe('A jury including actor Hugh Grant and writer Ann Reed will meet');
  });
});
