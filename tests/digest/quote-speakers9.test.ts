import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a clause set off by commas after the name', () => {
  it('may hold a number written with a thousands comma', () => {
    const t =
      'Rovers manager Kath Dunmore, whose side drew a crowd of 31,500 on Saturday, said, “Nobody here will forget this afternoon.”\n\n' +
      'Ian Petts, who has made more than 1,000 appearances for the club, said the pitch was poor. “It cut up after ten minutes,” he said.';
    expect(who(t)).toEqual(['Kath Dunmore', 'Ian Petts']);
  });
});

describe('a peer named by title and one name', () => {
  it('is a person the pronoun after can stand for, and keeps the title', () => {
    const t =
      'Lord Ashworth of Kendal, a former transport minister, led the revolt. “This scheme was never costed,” he said.\n\n' +
      'The crossbench peer Baroness Mottram spoke next. “We are being asked to sign a blank cheque,” she said.\n\n' +
      '“The Lord Chancellor has heard both sides,” Lord Ashworth added.';
    expect(who(t)).toEqual(['Lord Ashworth', 'Baroness Mottram', 'Lord Ashworth']);
  });

  it('is the person named in full elsewhere, whichever comes first', () => {
    const t =
      'Baroness Quill opened the debate. “The evidence is overwhelming,” she said.\n\n' +
      'Helen Quill, a former health minister, was made a peer in 2019.\n\n' +
      '“I will not be moved on this,” said Baroness Quill.';
    expect(who(t)).toEqual(['Helen Quill', 'Helen Quill']);
  });
});

describe('a quotation credited by the sentence after it', () => {
  it('is the speaker of "That was how X described…" and "Those were the words of X"', () => {
    const t =
      '“We were robbed. Simple as that.” That was how Harriers manager Tom Bexley described the late penalty.\n\n' +
      '“I have never been prouder of a group of players.” Those were the words of a tearful Jo Amberley after the final whistle.\n\n' +
      'County chairman Ray Olds said: “We will appeal this decision.” That was the third appeal the club had lodged this season.';
    expect(who(t)).toEqual(['Tom Bexley', 'Jo Amberley', 'Ray Olds']);
  });
});

describe('an organisation after the name', () => {
  it('may hold "of", "and" and "at" without losing the subject before it', () => {
    const t =
      'Petra Lund of the Centre for Housing and Urban Policy said rents would keep rising. “There is simply not enough supply,” she said.\n\n' +
      'Mark Ebbs of the Press Office at Harlow Council, who handled the inquiry, said, “We answered every question put to us.”';
    expect(who(t)).toEqual(['Petra Lund', 'Mark Ebbs']);
  });
});

describe('an unnamed voice after a long department name', () => {
  it('is the description, not the department’s first word', () => {
    const t = 'A Department for Energy Security and Net Zero spokesperson said: “Bills will fall again in the spring.”';
    expect(who(t)).toEqual(['a Department for Energy Security and Net Zero spokesperson']);
  });
});

describe('a name in the phrase after an unnamed person', () => {
  it('is an employer or a place; the speaker is the whole description', () => {
    const t =
      '“Every customer affected will get a full refund,” a spokesman for Brightwell said on Tuesday.\n\n' +
      'A spokeswoman for the Northern Rail Partnership of Yorkshire and Humber said: “Services will run as normal on Monday.”\n\n' +
      'One porter at a hotel in the Lake District said: “We have lost half our bookings this month.”';
    expect(who(t)).toEqual([
      'a spokesman for Brightwell',
      'a spokeswoman for the Northern Rail Partnership of Yorkshire and Humber',
      'one porter at a hotel in the Lake District',
    ]);
  });

  it('is still the speaker when he is named first: "Ann Lee, a spokeswoman for Acme, said"', () => {
    const t = 'Dora Fenn, a spokeswoman for Brightwell, said: “We regret the delay.”';
    expect(who(t)).toEqual(['Dora Fenn']);
  });
});

describe('a name after "a statement from"', () => {
  it('is the author of the statement, not part of a description', () => {
    const t = '“I am stepping down with immediate effect,” according to a statement from Rhona Pell, the club’s chair.';
    expect(who(t)).toEqual(['Rhona Pell']);
  });
});

describe('a description as speaker', () => {
  it('reads as inside a sentence, before the quotation or after it', () => {
    const t =
      'A Treasury spokesperson said: “The figures speak for themselves.”\n\n' +
      '“We will not comment on leaks,” said a spokesperson for the Treasury.\n\n' +
      'One senior backbencher was blunter: “Nobody saw this coming.”\n\n' +
      '“Members will be balloted next week,” the union said.\n\n' +
      'The union said in a statement: “We expect a clear mandate.”';
    expect(who(t)).toEqual([
      'a Treasury spokesperson',
      'a spokesperson for the Treasury',
      'one senior backbencher',
      'the union',
      'the union',
    ]);
  });
});

describe('chairs, clergy, silks and passers-by before or after a name', () => {
  it('are no part of it', () => {
    const t =
      '“We were kept in the dark,” Commuter Aled Rhys said.\n\n' +
      'Fr Dominic Carr said: “The parish will rebuild.”\n\n' +
      '“My client denies the charge,” said Imogen Barr KC.\n\n' +
      '“The review is complete,” Authority Chair Nadia Sloane told MPs.';
    expect(who(t)).toEqual(['Aled Rhys', 'Dominic Carr', 'Imogen Barr', 'Nadia Sloane']);
  });
});
