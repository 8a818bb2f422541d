import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe("a body's role with an apostrophe, then the person's name", () => {
  it('credits the person, not the body, when the body has more than one word', () => {
    const t =
      '“There is never a good week to shut a railway,” said Harbour Rail’s route director, Jim Deane.\n\n' +
      '“It will be fine,” said Transport for Kent’s director of buses, Ann Lowe.';
    expect(who(t)).toEqual([
      ['Jim Deane', 'There is never a good week to shut a railway'],
      ['Ann Lowe', 'It will be fine'],
    ]);
  });

  it('leaves a name that ends one sentence apart from the possessive opening the next', () => {
    const t =
      '“We held the seat,” said Mayor Ruth Calder. Calder’s campaign chairwoman, Ellen Ruiz, was less sure. ' +
      '“Turnout was soft,” she said.';
    expect(who(t).map(([w]) => w)).toEqual(['Ruth Calder', 'Ellen Ruiz']);
  });
});
