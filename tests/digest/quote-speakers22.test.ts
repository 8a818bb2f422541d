import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('"the union" or "the watchdog" is the one body of that kind the article named', () => {
  it('"Porters who belong to Unison… “…,” the union said" is Unison', () => {
    const t =
      'Hospital porters in Derby who belong to Unison will stop work on Friday.\n\n' +
      'The trust has not replied to their claim. “Our members carry patients every day,” the union said.';
    expect(who(t)).toEqual(['Unison']);
  });

  it('"Ofcom opened an inquiry… “…,” the watchdog said" is Ofcom', () => {
    const t =
      'Ofcom opened an inquiry into the quiz channel in May.\n\n' +
      'Viewers were charged for calls that could never win. “That is a clear breach,” the watchdog said.';
    expect(who(t)).toEqual(['Ofcom']);
  });

  it('two unions named before "the union" leave it as written', () => {
    const t =
      'Both the GMB and Unite have balloted refuse crews in Hull.\n\n' +
      'The council said talks would continue. “We are ready to walk out,” the union said.';
    expect(who(t)).toEqual(['the union']);
  });
});

describe('a body whose name joins its words with "at" or "in the" is named whole', () => {
  it('"“…,” Parents at Heart said" is Parents at Heart, not "Parents"', () => {
    const t =
      'The families wrote to the minister in June. “Our children cannot wait another year,” Parents at Heart said.';
    expect(who(t)).toEqual(['Parents at Heart']);
  });

  it('"“…,” Growers in the Fens said" is Growers in the Fens, not "Fens"', () => {
    const t = 'Farmers fear a wet autumn. “We lost half the potatoes last time,” Growers in the Fens said.';
    expect(who(t)).toEqual(['Growers in the Fens']);
  });

  it('"“…,” Lee at Harwell said" where the article names Ann Lee stays Ann Lee', () => {
    const t = 'Ann Lee, a physicist, has studied the beam for ten years. “It is stable now,” Lee at Harwell said.';
    expect(who(t)).toEqual(['Ann Lee']);
  });
});

describe('"the coroner said" is the coroner the article named with commas around the name', () => {
  it('"The assistant coroner for North Wales, Ruth Penrose, … “…,” the coroner said" is Ruth Penrose', () => {
    const t =
      'The assistant coroner for North Wales, Ruth Penrose, heard that the quarry gate had been left open. ' +
      '“Nobody checked it for a week,” the coroner said.';
    expect(who(t)).toEqual(['Ruth Penrose']);
  });

  it('"The judge, Tom Acheson, … “…,” the judge said" is Tom Acheson, not the defendant named after', () => {
    const t =
      'The judge, Tom Acheson, adjourned the case. Martin Greaves, 51, denies fraud. ' +
      '“I will hear the evidence on Monday,” the judge said.';
    expect(who(t)).toEqual(['Tom Acheson']);
  });
});

describe('"the broadcaster" is the station its paragraph said spoke for itself', () => {
  it('"Radio Fenland said it would appeal. “…,” the broadcaster said" is Radio Fenland', () => {
    const t =
      'The phone-in drew 40 complaints. Radio Fenland said it would appeal. ' +
      '“Our presenters challenged every caller,” the broadcaster said.';
    expect(who(t)).toEqual(['Radio Fenland']);
  });
});

describe('"the partnership" is the body its paragraph named with that word', () => {
  it('"Tyneside Skills Partnership, a training charity, said… “…,” the partnership said" is the body', () => {
    const t =
      'Tyneside Skills Partnership, a training charity, said apprentices were leaving early. ' +
      '“They cannot live on the wage,” the partnership said.';
    expect(who(t)).toEqual(['Tyneside Skills Partnership']);
  });
});

describe('an interviewer’s statement is a question too when most of their lines ask', () => {
  it('"OKORO: The hall is half empty." is answered by the subject, whose answer is a quotation', () => {
    const t =
      'The conductor Lena Varga spoke to our critic, Ade Okoro, after the concert.\n\n' +
      'OKORO: Why Mahler?\n' +
      'VARGA: Because nobody else in this city plays him.\n\n' +
      'OKORO: The hall is half empty.\n' +
      'VARGA: Then the half who came heard something rare.\n\n' +
      'OKORO: Will you come back?\n' +
      'VARGA: Every year, if they let me.';
    expect(extractQuotes(t).map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      ['Lena Varga', 'Because nobo'],
      ['Lena Varga', 'Then the hal'],
      ['Lena Varga', 'Every year, '],
    ]);
  });
});
