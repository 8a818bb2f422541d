import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a surname that is also a title word', () => {
  it('credits "King said" to the one person the article names King, not to nobody', () => {
    const t =
      'Rep. Peter King of New York broke with his party on the tariff bill. ' +
      '“This bill punishes the farmers it claims to help,” King said. ' +
      'King, a twelve-term congressman, said he expected others to follow. “They will come around,” he predicted.';
    expect(who(t)).toEqual(['Peter King', 'Peter King']);
  });

  it('leaves a title word alone when no one in the article bears it as a surname', () => {
    expect(who('The court sat late. “The appeal is dismissed,” Judge said.')).toEqual([null]);
  });
});

describe('a party and home town after a name', () => {
  it('is not the speaker: "Sen. Ada Pruitt, R-Cedar Falls, said…" makes her the next "she"', () => {
    const t =
      'Gov. Ray Olsen signed the bill on Friday. Senate leader Ada Pruitt, R-Cedar Falls, said the vote was close. ' +
      '“We got it done,” she said.';
    expect(who(t)).toEqual(['Ada Pruitt']);
  });

  it('lets a description follow it: "Rep. Carl Dunn, D-Ames, who chairs…, said"', () => {
    const t =
      '“The schools need the money,” said Mayor Ruth Hale. Rep. Carl Dunn, D-Ames, who chairs the budget panel, ' +
      'said a deal was near. “We will find the money,” he said.';
    expect(who(t)).toEqual(['Ruth Hale', 'Carl Dunn']);
  });
});

describe('a role, then the name set off by commas, as a sentence’s subject', () => {
  it('gives the next pronoun to the person named, whatever the verb', () => {
    const t =
      '“We won the night,” said Gov. Dan Marsh. Marsh’s campaign chairwoman, Ellen Ruiz, had a different worry. ' +
      '“Turnout in the suburbs was soft,” she said.';
    expect(who(t)).toEqual(['Dan Marsh', 'Ellen Ruiz']);
  });

  it('reads the role after an opening phrase too', () => {
    const t =
      '“I answered every question,” Dan Marsh said. After the forum, the mayor’s spokesman, Omar Bell, ' +
      'told reporters the mayor was tired. “It was a long week,” he said.';
    expect(who(t)).toEqual(['Dan Marsh', 'Omar Bell']);
  });
});

describe('a public person’s role in place of the name', () => {
  it('credits "the Republican nominee" and "the former governor" to the person the article gives that role', () => {
    const t =
      'Sen. Ruth Calder, a former governor of Ohio, spoke first. Republican nominee Walter Brandt mocked her record on trade. ' +
      '“She has never built anything,” the Republican nominee said. Calder laughed it off on Tuesday. ' +
      '“I built a career out of beating men like him,” the former governor said.';
    expect(who(t)).toEqual(['Walter Brandt', 'Ruth Calder']);
  });

  it('credits the role to the person the article gives it, not to the last speaker', () => {
    const t =
      'Ruth Calder, the former governor, and Walter Brandt debated in Toledo. “She has never built anything,” Brandt said. ' +
      'Hours later the former governor hit back: “I built a career out of beating men like him.”';
    expect(who(t)).toEqual(['Walter Brandt', 'Ruth Calder']);
  });

  it('needs the place in the role near the naming: a Massachusetts senator is not "the former Ohio state senator"', () => {
    const t =
      'Sen. Paula Grant of Massachusetts praised the plan. Dora Finch spoke next. ' +
      '“This is about all of us,” the former Ohio state senator said.';
    expect(who(t)).toEqual(['Dora Finch']);
  });

  it('reads "Sen." and "Gov." before a name as that role', () => {
    const t = 'Sen. Ann Cole of Ohio spoke in Toledo on Monday. “I built a career on trade,” the senator said.';
    expect(who(t)).toEqual(['Ann Cole']);
  });

  it('takes no opening words for the speaker: "Hours later the union hit back:" is the union', () => {
    const t =
      'Walter Brandt spoke in Toledo. “She has never built anything,” Brandt said. ' +
      'Hours later the union hit back: “He never paid us.” In Dayton, the campaign said: “We are ahead.”';
    expect(who(t)).toEqual(['Walter Brandt', 'the union', 'the campaign']);
  });

  it('keeps a role that stands for no one named, and an aide or a campaign, as written', () => {
    expect(who('The nominee was furious. “This is a disgrace,” the nominee wrote on Twitter.')).toEqual([
      'the nominee',
    ]);
    const aide = 'Ann Cole spoke at noon. “We are ahead in Ohio,” the aide said. “Count the votes,” the campaign said.';
    expect(who(aide)).toEqual(['the aide', 'the campaign']);
  });
});

describe('a description with a place and its state between the name and the verb', () => {
  it('still reads the name as the subject: "Dana Cole, speaking in Dayton, Ohio, promised…"', () => {
    const t =
      '“We will win this state,” said Gov. Ira Platt. Dana Cole, speaking in Dayton, Ohio, promised to repeal the tax. ' +
      '“I will sign the repeal on my first day,” she told the crowd.';
    expect(who(t)).toEqual(['Ira Platt', 'Dana Cole']);
  });
});

describe('a public role as the subject before "he said"', () => {
  it('gives the pronoun to the person the article gives that role, not to the last speaker', () => {
    const t =
      'Dale Hobbs, the billionaire developer, toured Iowa on Monday. Peter Lund spoke first. “We will win here,” Lund said. ' +
      'The billionaire insisted that the polls were wrong. “They are rigged,” he said.';
    expect(who(t)).toEqual(['Peter Lund', 'Dale Hobbs']);
  });
});

describe('a speech cue right before the quote ("…, adding, “…”")', () => {
  it('takes the subject of the cue’s own sentence, past a scare quote in the one before', () => {
    const t =
      'The levy was called “a tax on thrift” by critics. Mayor Hal Dunne spoke to the Ledger, adding, “We will appeal.”';
    expect(who(t)).toEqual(['Hal Dunne']);
  });

  it('takes the name after its role: "Clinton spokesman Brian Fallon said the speech “…”"', () => {
    const t = 'Rivals answered fast. Dunne spokesman Ike Moss said the speech "offered nothing new." Moss left early.';
    expect(who(t)).toEqual(['Ike Moss']);
  });
});

describe('"they" as the speaker', () => {
  it('is a group, not the person who spoke last', () => {
    const t = '“We will not fold,” said union chief Ray Oduya. The crowd outside grew. “Pay us now!” they chanted.';
    expect(who(t)).toEqual(['Ray Oduya', null]);
  });
});
