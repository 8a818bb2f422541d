import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a first name alone', () => {
  it('is the one person the article names in full with that first name', () => {
    const t =
      'Martin Kealy, 68, and his daughter, Orla Kealy, 35, run the last forge in the county.\n\n' +
      '“The fire never goes out in winter,” Orla said. “I light it before six.”\n\n' +
      '“She works harder than I ever did,” Martin added.';
    expect(who(t)).toEqual(['Orla Kealy', 'Martin Kealy']);
  });

  it('reads "Sir Tom" as Sir Tom Aldous, as British papers write it', () => {
    const t =
      'Sir Tom Aldous, the museum’s chairman, opened the new wing on Monday.\n\n' +
      '“This was forty years in the making,” Sir Tom told guests.';
    expect(who(t)).toEqual(['Tom Aldous']);
  });
});

describe('offices and peerages of Britain, Ireland and Australia before a name', () => {
  it('are no part of it: "Premier", "Tánaiste", "Baroness"', () => {
    const t =
      'Queensland Premier Alan Dwyer opened the bridge. “It took six years,” said Queensland Premier Alan Dwyer.\n\n' +
      '“We will match the funding,” Tánaiste Niall Brody told the Dáil.\n\n' +
      'The crossbench peer Ruth Ellery spoke against the plan. “It is unworkable,” said Baroness Ellery.';
    expect(who(t)).toEqual(['Alan Dwyer', 'Niall Brody', 'Ruth Ellery']);
  });
});

describe('a capitalised office after "the", as Westminster and Australian papers write it', () => {
  it('is the person holding it, named before', () => {
    const t =
      'Treasurer Joan Keppel delivered her first budget on Tuesday.\n\n' +
      '“We have chosen restraint over popularity,” the Treasurer said.\n\n' +
      'Prime Minister Colin Ashe defended the cuts in the House. “No government enjoys this,” the Prime Minister said.';
    expect(who(t)).toEqual(['Joan Keppel', 'Colin Ashe']);
  });
});

describe('an epithet for someone just named: an age, a nationality, a position', () => {
  it('is that person: "the Dutchman", "the 19-year-old", "said the winger"', () => {
    const t =
      'Wim Dekker, who joined from Ajax in August, scored twice at Anfield. “I dreamt of this as a boy,” the Dutchman said.\n\n' +
      'Ellis Crane, the 19-year-old, came off the bench. “I could hardly breathe,” the 19-year-old told reporters.\n\n' +
      'Rafael Costa set up the winner. “It was a simple pass,” said the winger.';
    expect(who(t)).toEqual(['Wim Dekker', 'Ellis Crane', 'Rafael Costa']);
  });

  it('stays a description when no one was named before it', () => {
    const t = 'The match was abandoned at half-time. “The pitch was unplayable,” the goalkeeper said.';
    expect(who(t)).toEqual(['the goalkeeper']);
  });
});

describe('a pronoun after an unnamed voice as the sentence subject', () => {
  it('is that voice, not the person quoted before', () => {
    const t =
      '“We sold more umbrellas in June than in any winter month,” said Paul Orme, the chain’s founder.\n\n' +
      'A spokeswoman for Brolly Ltd said the shops would stay open late. “Staff have volunteered for the extra hours,” she said.';
    expect(who(t)).toEqual(['Paul Orme', 'a spokeswoman for Brolly Ltd']);
  });
});

describe('an office named with "for", as Irish and British ministries are', () => {
  it('is no part of the name after it: "Minister for Health Aine Corley"', () => {
    const t = 'Minister for Health Aine Corley announced the plan. “Waiting lists will fall by March,” she said.';
    expect(who(t)).toEqual(['Aine Corley']);
  });
});
