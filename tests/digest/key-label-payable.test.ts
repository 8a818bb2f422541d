import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '1989-11-02')).keyDate?.label;

describe('key date label: "declared a dividend of…, payable <day>"', () => {
  it('is the thing paid on the day, not the clause broken off at "payable"', () => {
    expect(
      label(
        'The utility declared a quarterly dividend of 40 cents a share, payable Dec. 15 to holders of record Nov. 30.',
      ),
    ).toBe('Quarterly dividend of 40 cents a share payable');
    expect(label('The bank raised its quarterly dividend to 30 cents a share from 27 cents, payable Dec. 1.')).toBe(
      'Quarterly dividend of 30 cents a share payable',
    );
  });
});
