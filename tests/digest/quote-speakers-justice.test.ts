import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

describe('"the judge said" after a judge named "Justice …"', () => {
  it('is that judge, as a court report in India or Australia names one', () => {
    const q = extractQuotes(
      'Justice Meera Pillai heard the petition on Tuesday. Advocate Rohan Das appeared for the ferry company. ' +
        '“A ferry is a public service, not a private club,” the judge said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Meera Pillai']);
  });

  it('is not someone named with the Justice Secretary’s office', () => {
    const q = extractQuotes(
      'Justice Secretary Tom Wade visited the court on Tuesday. “A ferry is a public service,” the judge said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the judge']);
  });

  it('is "Mr Justice Ward" or "Mrs Justice Pryce", as an English court report names a High Court judge', () => {
    const q = extractQuotes(
      'Mr Justice Ward quashed the permit on Monday. “The council ignored its own rules,” the judge said.\n\n' +
        'In a second case, Mrs Justice Pryce refused bail to Dean Morley. “You are a danger to the public,” the judge said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mr Justice Ward', 'Mrs Justice Pryce']);
  });

  it('is the judge named last, whether by full name or by title and surname', () => {
    const q = extractQuotes(
      'Justice Meera Pillai heard the petition. “Adjourned,” the judge said.\n\n' +
        'Later Lady Justice Orme ruled on the appeal. “The appeal fails,” the judge said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Meera Pillai', 'Lady Justice Orme']);
  });
});
