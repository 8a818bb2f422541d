import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-14 is a Tuesday: the Sunday before is 01-12 (nearer), the one after 01-19.
const TUESDAY = '2025-01-14';
const datesOf = (text: string) =>
  buildDigest(article(text, TUESDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('an -s word right before a past verb is its subject, not a schedule told in the present', () => {
  it.each([
    ['The new rules took effect on Sunday.', 'on Sunday'],
    ['The new rules went live on Sunday.', 'on Sunday'],
    ['Stricter parking rules started on Sunday in the old town.', 'on Sunday'],
  ])('%s', (text, expression) => {
    expect(datesOf(text)).toEqual([[expression, '2025-01-12']]);
  });

  it.each([
    ['The new rules take effect on Sunday.', 'on Sunday'],
    ['The tribunal rules on Sunday on the appeal.', 'on Sunday'],
    ['The court rules Sunday whether the strike was lawful.', 'Sunday'],
  ])('keeps a schedule told in the present ahead: %s', (text, expression) => {
    expect(datesOf(text)).toEqual([[expression, '2025-01-19']]);
  });
});
