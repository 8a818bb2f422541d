import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe('a quoted phrase after a cue and a reported clause with a weekday in it', () => {
  it('is the sentence subject’s, as it is with no weekday', () => {
    const t =
      'Finance Minister Kenji Arai, seen as a likely candidate, told a press conference Tuesday that the ministry would "keep markets calm through the transition."';
    expect(who(t)).toEqual([['Kenji Arai', 'keep markets calm through the transition.']]);
    expect(who('Kenji Arai told reporters on Friday the cuts were "a last resort."')).toEqual([
      ['Kenji Arai', 'a last resort.'],
    ]);
  });
});
