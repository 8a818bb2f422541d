import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('an organisation joined by "in" before its speech verb is named whole', () => {
  it('"“…,” Girls in Tech said" is Girls in Tech, not "Tech"', () => {
    const t = 'Girls in Tech, a charity, backs the plan. “Every school needs a proper lab,” Girls in Tech said.';
    expect(who(t)).toEqual(['Girls in Tech']);
  });

  it('"“…,” Lee in Leeds said" is Ann Lee, whom the article names, not the place', () => {
    const t = 'Ann Lee runs the bakery. “Rents have doubled since spring,” Lee in Leeds said.';
    expect(who(t)).toEqual(['Ann Lee']);
  });

  it('a name after "in" with another joining word is no such name: the Friends of Acme in Leeds stay whole', () => {
    const t = '“We are ready for the vote,” the Friends of Acme in Leeds said.';
    expect(who(t)).toEqual(['the Friends of Acme in Leeds']);
  });
});
