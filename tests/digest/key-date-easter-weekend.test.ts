import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const keyOf = (text: string, title: string) =>
  buildDigest(article(text, '2025-04-09', { title })).keyDate?.date ?? null;

describe('Easter alone in a headline', () => {
  it('is the holiday weekend, Good Friday to Easter Monday, not its Sunday', () => {
    const text =
      'Passengers are being warned to check before they travel over Easter, with works closing the line for four days. ' +
      'No trains will run between Crewe and Stafford from Good Friday, 18 April, the operator said.';
    expect(keyOf(text, 'Easter rail closures: what you need to know')).toBe('2025-04-18');
  });

  it('still names the Sunday when the headline says Easter Sunday', () => {
    const text =
      'The cathedral will hold a dawn service on Easter Sunday. Tickets for the choir concert on Good Friday, 18 April, are sold out.';
    expect(keyOf(text, 'Cathedral plans Easter Sunday dawn service')).toBe('2025-04-20');
  });
});
