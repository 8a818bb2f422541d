import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a role capitalised before a name at a sentence start', () => {
  it('is no part of the name: "Historian", "Moderator", "Democratic Strategist", "Biographer"', () => {
    const t =
      'Moderator Martha Raddatz pressed both candidates on Syria. “Answer the question,” Raddatz said. ' +
      'Historian Julian Zelizer compared the night to 1992. “Nobody has seen anything like it,” Zelizer said. ' +
      'Democratic Strategist Paul Begala was blunter: “It was a mugging.” ' +
      '“He never changes,” said Biographer Gwenda Blair.';
    expect(who(t)).toEqual(['Martha Raddatz', 'Julian Zelizer', 'Paul Begala', 'Gwenda Blair']);
  });
});

describe('a possessive pronoun and what its owner said, before a colon', () => {
  it('credits the person that pronoun refers to: "His verdict on CNN: “…”" · "Her answer: “…”"', () => {
    const t =
      'Former Ohio governor Ted Strickland said he had seen enough of the race. His verdict on CNN’s “New Day”: ' +
      '“This is over.”\n\nSen. Claire McCaskill was asked whether Missouri was in play. Her answer: “Not yet, but watch.”\n\n' +
      'Rep. Tom Cole said the House would hold. His prediction for Tuesday: “We lose ten seats, no more.”';
    expect(who(t)).toEqual(['Ted Strickland', 'Claire McCaskill', 'Tom Cole']);
  });
});

describe('a phrase quoted at the end of a sentence', () => {
  it('is the sentence subject’s, not the next sentence’s: "…the “adult in the room.” Clinton campaign chairman John Podesta told…"', () => {
    const t =
      'Trump’s campaign manager, Kellyanne Conway, told reporters that her candidate had been the “adult in the room.” ' +
      'Clinton campaign chairman John Podesta told NPR that Trump had melted down. ' +
      'Treasury Secretary Jacob Lew called the tariff plan “a recipe for slower growth.” Economist Mark Zandi said it was worse.';
    expect(who(t)).toEqual(['Kellyanne Conway', 'Jacob Lew']);
  });
});
