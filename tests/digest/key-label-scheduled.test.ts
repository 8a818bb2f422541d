import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label and a schedule in the next clause', () => {
  it('takes no subject of "is expected" that runs past the date', () => {
    expect(
      label(
        'Members of the golf club will vote on the merger on 14 March, and the sale is expected to close in the autumn.',
      ),
    ).toBe('Members of the golf club will vote on the merger');
  });

  it('still names the event by the subject of "is scheduled for" the date', () => {
    expect(label('The referendum on the new harbour is scheduled for 14 March.')).toBe('Referendum on the new harbour');
  });
});
