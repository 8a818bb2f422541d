import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-15')).keyDate?.label;

describe('key date label: the thing a past verb set for the day', () => {
  it('is the trial or the hearing, not the judge setting it', () => {
    expect(label('Judge Anna Pryce fixed a trial date of 20 October.')).toBe('The trial');
    expect(label('The court listed the sentencing hearing for 30 April.')).toBe('The sentencing hearing');
  });

  it('a plan to set something keeps its clause', () => {
    expect(label('The Bank of England will set interest rates on 3 April.')).toBe(
      'The Bank of England will set interest rates',
    );
  });
});
