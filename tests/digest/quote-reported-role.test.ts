import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: a quotation paragraph after "Role Name said…" with no attribution of its own', () => {
  it('is the person the role names', () => {
    const text =
      'Crews were called to the warehouse just after midnight.\n\n' +
      'Watch manager Petra Lindqvist said the roof had collapsed within an hour.\n\n' +
      '“It was a very difficult fire to reach, with the wind driving the smoke across the estate.”';
    expect(speakers(text)).toEqual(['Petra Lindqvist']);
  });

  it('is not a person named after a preposition', () => {
    const text =
      'Supporters of Omar Reid said the ruling was unjust.\n\n' +
      '“This is a sad day for everyone who believed the court would listen to us.”';
    expect(speakers(text)).toEqual([null]);
  });
});
