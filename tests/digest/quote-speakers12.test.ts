import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a present tense after an aside is the verb of the sentence that names the pronoun’s subject', () => {
  it('"Their grandmother, Iris Vance, 84, visits…" gives "she said" to Iris Vance, not the earlier speaker', () => {
    const t =
      'Rosa Ortiz has run the corner bakery since 2009. “We open at five,” Ortiz said.\n\n' +
      'Her twins help before school. Their grandmother, Iris Vance, 84, visits every Sunday. ' +
      '“It keeps me young,” she said.';
    expect(who(t)).toEqual(['Rosa Ortiz', 'Iris Vance']);
  });

  it('prefers her over an earlier speaker of the same surname', () => {
    const t =
      'Tomas Vance opened the forge in 1998. “Iron does not forgive,” Vance said.\n\n' +
      'His sons work the bellows. Their grandmother, Iris Vance, 84, bakes bread for the crew. ' +
      '“Someone has to feed them,” she said.';
    expect(who(t)).toEqual(['Tomas Vance', 'Iris Vance']);
  });

  it('reads the verb after a name set off by a role, with an adverb before it', () => {
    const t =
      'Rosa Ortiz has run the corner bakery since 2009. “We open at five,” Ortiz said.\n\n' +
      'The night baker, Iris Vance, usually arrives at three. “The ovens need an hour,” she said.';
    expect(who(t)).toEqual(['Rosa Ortiz', 'Iris Vance']);
  });

  it('does not read a word in -s right after a name as its verb', () => {
    const t =
      'Rosa Ortiz has run the corner bakery since 2009. “We open at five,” Ortiz said.\n\n' +
      'Iris Vance regulars queue outside. “The bread sells out by noon,” she said.';
    expect(who(t)).toEqual(['Rosa Ortiz', 'Rosa Ortiz']);
  });
});
