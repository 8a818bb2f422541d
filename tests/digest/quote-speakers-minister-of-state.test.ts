import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe('a junior office "of State for" a ministry before a name', () => {
  it('credits the name after the ministry', () => {
    expect(who('“Buses will run every three minutes,” said Senior Minister of State for Transport Grace Lim.')).toEqual(
      [['Grace Lim', 'Buses will run every three minutes']],
    );
    expect(
      who('“No ward will close this winter,” said the Secretary of State for Health, Ruth Calder, on Tuesday.'),
    ).toEqual([['Ruth Calder', 'No ward will close this winter']]);
  });

  it('keeps the minister credited when the quotation goes on after the name', () => {
    const t = '“We are sorry for the wait,” said Minister of State for Housing Omar Reyes. “The keys come in May.”';
    expect(who(t).map(([s]) => s)).toEqual(['Omar Reyes']);
  });
});
