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

describe('a relative opening the sentence before a quotation is who its pronoun stands for', () => {
  it('"His wife kept the books. “…,” she says." is the wife of the pair "Mair and Ifor Jenkins", not Ifor', () => {
    const t =
      'For twenty years, Mair and Ifor Jenkins ran the ferry café on the quay.\n\n' +
      'Ifor, 70, cooked breakfasts. His wife kept the books. “We never once closed on a Sunday,” she says.\n\n' +
      'He is glad to retire. “My knees have had enough of those stairs,” he says.';
    expect(who(t)).toEqual(['Mair Jenkins', 'Ifor Jenkins']);
  });

  it('"Her mother …" of a daughter named in full is the woman of that surname the article names', () => {
    const t =
      'Ava Moss, the mayor’s wife, cut the ribbon. She said the park had taken ten years.\n\n' +
      'Their daughter, Lily Moss, a gardener, planted the first tree. Her mother told the crowd it was a proud day. “We waited a long time for this,” she said.';
    expect(who(t)).toEqual(['Ava Moss']);
  });

  it('with no name for the relative, the relative as written: "her husband"', () => {
    const t = 'Dana Ruiz opened the shop in 1998. Her husband built the shelves. “Every one of them is oak,” he says.';
    expect(who(t)).toEqual(['her husband']);
  });

  it('a kin word of the other sex is not the pronoun’s: "His son …" then "she says" stays with the woman', () => {
    const t = 'Rosa Pike runs the yard. His son helps at weekends. “The boats come first,” she says.';
    expect(who(t)).toEqual(['Rosa Pike']);
  });
});

describe('"the company" after an organisation that "said it" in the paragraph is that organisation', () => {
  it('"Harbour Line Ferries said it … “…,” the company said" is Harbour Line Ferries', () => {
    const t =
      'In a statement, Harbour Line Ferries said it had cancelled the late sailings. “Safety has to come before the timetable,” the company said.';
    expect(who(t)).toEqual(['Harbour Line Ferries']);
  });

  it('a person who said something is no company: "the firm" stays as written', () => {
    const t = 'Nell Ortiz said she had cancelled the order. “The prices were absurd,” the firm said.';
    expect(who(t)).toEqual(['the firm']);
  });
});

describe('two groups joined by "and" are one speaker', () => {
  it('"the mayors of Leeds and York and the elected council leaders of Hull and Wakefield said" is the whole phrase', () => {
    const t =
      '“We were promised a say and we have been given a press release,” the mayors of Leeds and York and the elected council leaders of Hull and Wakefield said.';
    expect(who(t)).toEqual(['the mayors of Leeds and York and the elected council leaders of Hull and Wakefield']);
  });
});
