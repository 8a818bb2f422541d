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
