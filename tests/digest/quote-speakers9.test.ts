import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a clause set off by commas after the name', () => {
  it('may hold a number written with a thousands comma', () => {
    const t =
      'Rovers manager Kath Dunmore, whose side drew a crowd of 31,500 on Saturday, said, “Nobody here will forget this afternoon.”\n\n' +
      'Ian Petts, who has made more than 1,000 appearances for the club, said the pitch was poor. “It cut up after ten minutes,” he said.';
    expect(who(t)).toEqual(['Kath Dunmore', 'Ian Petts']);
  });
});
