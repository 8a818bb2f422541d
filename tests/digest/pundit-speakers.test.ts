import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const speakersOf = (text: string) => buildDigest(article(text, '2024-06-10')).quotes.map((q) => q.speaker);

describe('a former player named, then called by what he does now', () => {
  it('is the person just named: "the Match of the Day pundit", "the radio commentator"', () => {
    const text =
      'His old teammate Gary Lineker was more cautious. "Let\'s get out of the group first," the Match of the Day pundit said. ' +
      'Former keeper Paul Robinson agreed. "Three points on Sunday is all that matters," the radio commentator said.';
    expect(speakersOf(text)).toEqual(['Gary Lineker', 'Paul Robinson']);
  });
});
