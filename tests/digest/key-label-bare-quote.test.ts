import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a sentence that is all one quotation', () => {
  it('labels with the words said, without the marks or the joining "And"', () => {
    expect(
      label("The mayor spoke at the depot. 'There is one answer. And that is to finish the road by 30 April.'"),
    ).toBe('That is to finish the road by 30 April');
  });

  it('leaves a sentence that only ends on a quotation as it reads', () => {
    expect(label("The depot opens on 30 April, in what the mayor calls 'a new start.'")).toBe('The depot opens');
  });
});
