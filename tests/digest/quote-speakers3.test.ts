import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a surname that is also a title word', () => {
  it('credits "King said" to the one person the article names King, not to nobody', () => {
    const t =
      'Rep. Peter King of New York broke with his party on the tariff bill. ' +
      '“This bill punishes the farmers it claims to help,” King said. ' +
      'King, a twelve-term congressman, said he expected others to follow. “They will come around,” he predicted.';
    expect(who(t)).toEqual(['Peter King', 'Peter King']);
  });

  it('leaves a title word alone when no one in the article bears it as a surname', () => {
    expect(who('The court sat late. “The appeal is dismissed,” Judge said.')).toEqual([null]);
  });
});
