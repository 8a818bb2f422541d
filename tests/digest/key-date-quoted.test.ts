import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.date;

describe('key date: a day only a speaker names', () => {
  it('counts down to no day a quotation names without looking ahead', () => {
    expect(key('The keeper was asked about his future. “Come back on Friday,” he laughed.')).toBeUndefined();
    expect(key('“All I want is the family together at Easter,” the baker said of the feud.')).toBeUndefined();
  });

  it('still counts down to what a speaker says will happen', () => {
    expect(key('“The bridge will reopen on 14 March,” the council said.')).toBe('2025-03-14');
  });

  it('prefers a day outside quotations to one inside them', () => {
    expect(key('The board meets on Thursday. “We will decide on Friday, and then we vote,” a director said.')).toBe(
      '2025-03-06',
    );
  });
});
