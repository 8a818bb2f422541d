import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('"the judge said"', () => {
  it('is the judge the article names', () => {
    const t =
      'Circuit Judge Anna Pell heard that Mark Dunn, 38, had lied to his insurers.\n\n' +
      'Dunn told the court he had panicked. “I am sorry for all of it,” he said.\n\n' +
      '“You had every chance to tell the truth and you chose not to,” the judge said.';
    expect(who(t)).toEqual(['Mark Dunn', 'Anna Pell']);
  });

  it('stays "the judge" when no judge is named, not the defendant quoted before', () => {
    const t =
      'Carla Munroe, 44, admitted taking $60,000 from the food bank she ran. “I have let everyone down,” Munroe said.\n\n' +
      '“This money fed families in the middle of winter,” the judge said.';
    expect(who(t)).toEqual(['Carla Munroe', 'the judge']);
  });
});

describe('"the minister said" after an unnamed minister is introduced', () => {
  it('is that unnamed voice, not the politician named before', () => {
    const t =
      'Defence Secretary John Healey defended the order. “These ships are needed,” he said.\n\n' +
      'But one cabinet minister told the Guardian the contract had been rushed. “Nobody read the small print,” the minister said.\n\n' +
      'A source close to the negotiations said the price had doubled. “It was a bad deal,” the source said.';
    expect(who(t)).toEqual(['John Healey', 'one cabinet minister', 'a source close to the negotiations']);
  });

  it('is the named minister when a name comes after the unnamed one', () => {
    const t =
      'A junior minister had raised doubts in June.\n\n' +
      'Skills Minister Jacqui Dunne said the plan would stand. “We are not changing course,” the minister said.';
    expect(who(t)).toEqual(['Jacqui Dunne']);
  });
});

describe('a capitalised word between "a" and a lower-case noun', () => {
  it('is the organisation in a description, not a name', () => {
    const t =
      '“The scheme will reopen in the spring,” said a Cabinet Office spokeswoman.\n\n' +
      '“We have no plans to sell,” said a Network Rail spokesman, Dev Kaur.';
    expect(who(t)).toEqual(['a Cabinet Office spokeswoman', 'Dev Kaur']);
  });
});

describe('a speaker named after a possessive role', () => {
  it('is the person named in apposition, not the owner of the role', () => {
    const t =
      'Mayor Tom Achebe opened the meeting. “We will not raise fares this year,” Achebe said.\n\n' +
      '“The budget is tight but it balances,” said Achebe’s deputy, Councillor Irene Vos.\n\n' +
      '“Every line has been checked twice,” said Vos’s aide, finance officer Paul Ekwueme.';
    expect(who(t)).toEqual(['Tom Achebe', 'Irene Vos', 'Paul Ekwueme']);
  });
});

describe('a present-tense gesture after a quotation in a feature', () => {
  it('credits the quotation, joining its parts', () => {
    const t =
      'Nell Harper, 79, still swims in the lido every morning.\n\n' +
      '“The first minute is agony,” she laughs. “After that it is heaven.”\n\n' +
      'Her neighbour Dan Oduya joined her last winter. “I thought she was mad,” he shrugs.';
    expect(who(t)).toEqual(['Nell Harper', 'Dan Oduya']);
    expect(extractQuotes(t)[0]?.text).toBe('The first minute is agony. After that it is heaven.');
  });
});

describe('a quotation right after a gesture sentence', () => {
  it('is the gesturer’s, short or not; a scare quote after a gesture verb stays none', () => {
    const t =
      'Blues coach Tariq Mensah was asked about the red card. Mensah sighed. “Ask the officials.”\n\n' +
      'Full-back Leo Grant was asked about his own mistake. He smiled. “It happens.”\n\n' +
      'Mensah later shrugged off the “crisis” talk.';
    expect(who(t)).toEqual(['Tariq Mensah', 'Leo Grant']);
  });
});

describe('"Mrs. X" when only a man named X is named in full', () => {
  it('stays "Mrs. X", and "Mr. X" is still him', () => {
    const t =
      'Victor Okonjo has run the corner shop for thirty years. “We are not going anywhere,” Mr. Okonjo said.\n\n' +
      '“He says that every year,” said Mrs. Okonjo, laughing.\n\n' +
      '“This year I mean it,” Mr. Okonjo said.';
    expect(who(t)).toEqual(['Victor Okonjo', 'Mrs. Okonjo', 'Victor Okonjo']);
  });
});
