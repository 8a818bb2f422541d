import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const labelOf = (text: string, published: string) => buildDigest(article(text, published)).keyDate?.label;

describe('a short aside in brackets in the key date’s sentence', () => {
  it('is no part of the label: a ticker’s colon does not cut the subject off', () => {
    expect(labelOf('Larkfield Dairies (NYSE: LKD) will report its results on Thursday, May 8.', '2025-04-22')).toBe(
      'Larkfield Dairies will report its results',
    );
    expect(labelOf('The Ferry Operators Board (FOB) will meet on 12 May.', '2025-04-22')).toBe(
      'The Ferry Operators Board will meet',
    );
  });
});
