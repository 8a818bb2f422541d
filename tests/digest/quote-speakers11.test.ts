import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a relative called by first name beside a family member named in full', () => {
  it('shares the surname: "his brother Declan" is Declan Kelly', () => {
    const t =
      'Tom Kelly, 58, and his brother Declan, 52, run the pub together.\n\n' +
      'Declan, who keeps the books, said the loan had been restructured twice. “The rate keeps going up,” Declan said.\n\n' +
      '“I have started packing up the photographs,” Tom said.';
    expect(who(t)).toEqual(['Declan Kelly', 'Tom Kelly']);
  });

  it('shares the surname of two first names joined by "and"', () => {
    const t =
      'Emma and Grace Holt, 29, swam the Channel side by side on Friday.\n\n' +
      'Emma, a teacher, said the tide had turned. “We were swimming on the spot,” Emma said.\n\n' +
      '“She shouted at me the whole way,” Grace said.';
    expect(who(t)).toEqual(['Emma Holt', 'Grace Holt']);
  });
});

describe('relatives sharing a surname ranked by age', () => {
  it('"the younger Mr Byrne" and "the older sister" are the youngest and oldest the article gives ages to', () => {
    const t =
      'Paddy Byrne, 62, and his son Liam, 30, crew the lifeboat.\n\n' +
      '“He grabbed my arm and would not let go,” the younger Mr Byrne said.\n\n' +
      '“I taught him to swim in this harbour,” the elder Mr Byrne said.\n\n' +
      'Lily Chen, 31, and her sister Grace Chen, 27, run the food truck.\n\n' +
      '“Grandma never wrote anything down,” the older sister said.';
    expect(who(t)).toEqual(['Liam Byrne', 'Paddy Byrne', 'Lily Chen']);
  });
});

describe('a title before a name that alone could be a name', () => {
  it('is cut: an abbreviation before a full name, a rank before any name', () => {
    const t =
      'Local TD Cathal Crowe addressed the march. “Nobody in Dublin has driven this road at night,” Mr Crowe said.\n\n' +
      'Police Constable Dan Hart was first at the scene. “He was shaken,” Constable Hart said.\n\n' +
      'Detective Constable Sarah Mills is leading the inquiry. “Someone will have seen him,” she said.\n\n' +
      '“The painting was my grandfather’s,” said John Constable, a collector.';
    expect(who(t)).toEqual(['Cathal Crowe', 'Dan Hart', 'Sarah Mills', 'John Constable']);
  });
});

describe('a question opened by an auxiliary before a name', () => {
  it('makes the name its subject, not "Does Bridget" or "Will Niamh"', () => {
    const t =
      'Bridget Quinlan has woven tweed for fifty years. Her apprentice, Niamh Foley, came after art college.\n\n' +
      'Does Bridget ever tire of it? “Never,” she says.\n\n' +
      'Will Niamh take over one day? “If Bridget lets me,” she laughs.\n\n' +
      'Will Grady, who sells the tweed, said demand had doubled. “They want something made by a person,” he said.';
    expect(who(t)).toEqual(['Bridget Quinlan', 'Niamh Foley', 'Will Grady']);
  });
});

describe('"the Rangers manager said"', () => {
  it('is the manager named with the team, or the lead’s subject naming it; an unnamed one stays', () => {
    const t =
      'Philippe Clement praised his side after Rangers came from behind to beat Aberdeen at Ibrox.\n\n' +
      '“They listened, and they fought,” the Rangers manager said.\n\n' +
      'Aberdeen head coach Jimmy Thelin felt his team deserved a point. “We were better for an hour,” the Aberdeen boss said.\n\n' +
      'Hibs were beaten at home. “We have to be better,” the Hibs manager said.';
    expect(who(t)).toEqual(['Philippe Clement', 'Jimmy Thelin', 'the Hibs manager']);
  });
});

describe('"the couple’s daughter, Anjali"', () => {
  it('is the family’s daughter by first name, whom "Mrs. Desai" is not', () => {
    const t =
      'Vikram Desai has run the Lakeview Motor Lodge with his wife since 1996. “We never closed,” Mr. Desai said.\n\n' +
      'The couple’s daughter, Priya, is a nurse in Trenton. “My parents never took a day off,” she said.\n\n' +
      '“I painted the sign myself,” said Mrs. Desai.';
    expect(who(t)).toEqual(['Vikram Desai', 'Priya Desai', 'Mrs. Desai']);
  });
});

describe('a role word that opens a sentence before a name', () => {
  it('is no part of the name: "Buyer Ruth Hanley", "Pilot Steve Marsh"', () => {
    const t =
      'Buyer Ruth Hanley stocks the tweed in Dublin. “Tourists want something made by a person,” Hanley says.\n\n' +
      'Pilot Steve Marsh guided the pair across. “The conditions were good,” Steve Marsh said.';
    expect(who(t)).toEqual(['Ruth Hanley', 'Steve Marsh']);
  });
});
