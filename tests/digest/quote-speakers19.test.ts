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

describe('a role word before a full name at a sentence start is no part of the name', () => {
  it('"Patient Orla Quinn …" then "she said" is Orla Quinn', () => {
    const t = 'Patient Orla Quinn, 61, has waited two years for a scan. “The pain wakes me every night,” she said.';
    expect(who(t)).toEqual(['Orla Quinn']);
  });

  it('"Tenant", "Resident" and "Driver" before a full name go too', () => {
    expect(who('“The damp is in every room,” Tenant Sam Lyle said.')).toEqual(['Sam Lyle']);
    expect(who('Resident Jo Kemp was woken at dawn. “The whole street shook,” she said.')).toEqual(['Jo Kemp']);
    expect(who('Driver Sam Petrov was stuck for an hour. “Nobody came to help us,” he said.')).toEqual(['Sam Petrov']);
  });

  it('"Driver" ending a name is a surname: "Kay Driver said" stays Kay Driver', () => {
    expect(who('“I loved every minute of the shoot,” Kay Driver said.')).toEqual(['Kay Driver']);
  });
});
