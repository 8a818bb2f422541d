import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2007-08-09')).keyDate?.label;

describe('key date label: "X said it/they/he would…" names X', () => {
  it('names a company, a group or a person that reported its own plan', () => {
    expect(label('Volvo said it would close the Ghent paint shop on August 20.')).toBe(
      'Volvo would close the Ghent paint shop',
    );
    expect(label('Delta Air Lines Inc. said Thursday it will cut 40 flights from August 20.')).toBe(
      'Delta Air Lines Inc. will cut 40 flights',
    );
    expect(label('Union leaders in Antwerp said they would meet the managers on August 15.')).toBe(
      'Union leaders in Antwerp would meet the managers',
    );
    expect(label('Mr Keller said he would step down on August 31.')).toBe('Mr Keller would step down');
  });

  it('leaves the pronoun when it cannot stand for the subject', () => {
    // A person is no "it"; a surname the text writes after a given name is a person's.
    expect(label('Ann Rowe said it would reopen on 14 August.')).toBe('It would reopen');
    expect(label('Ann Rowe owns the cafe. Rowe said it would reopen on 14 August.')).toBe('It would reopen');
    // "he" after a woman's title is someone else.
    expect(label('Ms Duval said he would step down on August 31.')).toBe('He would step down');
  });
});
