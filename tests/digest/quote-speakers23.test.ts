import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe('a cue and a colon before a quotation name its speaker', () => {
  it('keeps "X said: “…”" for X when the next sentence has a subject of its own', () => {
    expect(
      who('Coach Nia Berger said: “The girls ran their hearts out.” Captain Elsa Moreau agreed with her.'),
    ).toEqual([['Nia Berger', 'The girls ran their hearts out.']]);
    expect(
      who('One shopkeeper said: “The water came up to my knees.” Firefighters said the river had burst its banks.'),
    ).toEqual([['one shopkeeper', 'The water came up to my knees.']]);
  });

  it('still credits a quotation the next words attribute when no colon introduced it', () => {
    expect(who('The mood was grim. “We will rebuild,” said Mayor Ivo Stern.')).toEqual([
      ['Ivo Stern', 'We will rebuild'],
    ]);
  });
});

describe('a pronoun that introduces a quotation means someone named before the pronoun', () => {
  it('"He accused A and B of …, adding: “…”" is not B’s', () => {
    const t =
      'Crowds in Leeds cheered Mayor Karl Stein on Monday. He accused Rosa Diaz and Owen Marsh of “cheap tricks” ' +
      'over the bus cuts, adding: “You will not scare me off.”';
    expect(who(t).at(-1)).toEqual(['Karl Stein', 'You will not scare me off.']);
  });
});

describe('sung and recited words are speech', () => {
  it('"X, who sings: “…”" is the singer’s, not the sentence’s subject', () => {
    const t =
      'Mia Holt, 88, lives alone. She wakes to a video from her daughter Ada Holt, who sings: ' +
      '“Rise and shine, the kettle is on.”';
    expect(who(t)).toEqual([['Ada Holt', 'Rise and shine, the kettle is on.']]);
  });
});

describe('an aside between the speaker and the cue after a quotation', () => {
  it('"“…,” one resident, who asked not to be named, told reporters" is the resident’s quotation', () => {
    expect(who('“Nobody warned us,” one resident, who asked not to be named, told reporters.')).toEqual([
      ['one resident', 'Nobody warned us'],
    ]);
    expect(who('“It was chaos,” the landlord, whose pub was flooded, said.')).toEqual([
      ['the landlord', 'It was chaos'],
    ]);
  });
});
