import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label too long to show whole', () => {
  it('ends before the last phrase that only places the action, not mid-phrase', () => {
    expect(
      label(
        'The regional water board will publish its long-delayed drought plan for the valley towns at a meeting on 4 June.',
      ),
    ).toBe('The regional water board will publish its long-delayed drought plan');
    expect(
      label(
        'The sleeper train from Inverness will call at the newly rebuilt station with its refurbished carriages on 4 June.',
      ),
    ).toBe('The sleeper train from Inverness will call at the newly rebuilt station');
  });

  it('does not end inside an aside before its verb, or between a verb and its preposition', () => {
    expect(
      label(
        'The Riverside Rovers, who lost only twice in the whole of the long league season, are expected to parade the cup on 4 June.',
      ),
    ).not.toBe('Riverside Rovers, who lost only twice');
    expect(
      label(
        'The new harbourmaster for the islands of Westray and Papa Westray will be sworn in at the cathedral on 4 June.',
      ),
    ).not.toMatch(/sworn$/);
  });

  it('drops a relative clause on the subject before the verb it would cut', () => {
    expect(
      label(
        'A retired ferryman from Stromness who was convicted of stealing fares from the harbour trust will be sentenced on 4 June.',
      ),
    ).toBe('A retired ferryman from Stromness will be sentenced');
    // A relative clause whose own verb is the modal stays: it is no aside to drop.
    expect(
      label(
        'The young coach who will lead the national rowing squad to the games next summer arrives in Hull on 4 June.',
      ),
    ).not.toBe('The young coach arrives in Hull');
  });

  it('drops who built or runs the subject before cutting a place', () => {
    expect(
      label(
        'The first electric ferry designed by a boatyard in Leith will set sail from Oban harbour to Mull on 4 June.',
      ),
    ).toBe('The first electric ferry will set sail from Oban harbour to Mull');
  });
});
