import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const labelOf = (text: string, published: string) => buildDigest(article(text, published)).keyDate?.label;

describe('a body that reports its own plan, as the label’s "it" or "they"', () => {
  it('names a body written with "The" and a group with a plural owner', () => {
    expect(labelOf('The Department of Transport said it would publish the timetable on Wednesday.', '2025-07-22')).toBe(
      'The Department of Transport would publish the timetable',
    );
    expect(
      labelOf("Dairy farmers' unions said on Wednesday they would block the ring road on Friday.", '2025-03-12'),
    ).toBe("Dairy farmers' unions would block the ring road");
  });

  it('leaves "it" alone after a person', () => {
    expect(labelOf('Dr Ann Lee said it would open on Friday.', '2025-03-12')).toBe('It would open');
  });
});
