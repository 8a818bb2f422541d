import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a job named with a person stands for that person when news refers back by it', () => {
  it('"Harbour master Gil Avery … the harbour master said" is Gil Avery', () => {
    const t =
      'Harbour master Gil Avery closed the port on Sunday. “No boat leaves until the wind drops,” the harbour master said.';
    expect(who(t)).toEqual(['Gil Avery']);
  });

  it('reads a title before a rank ("Inspector Sergeant") and a job set off after the name', () => {
    const t =
      'Station Inspector Rhona Tait met the families. “We are doing everything we can,” the inspector said.\n\n' +
      'Lena Ostrova, a retired welder, had waited all night. “Nobody tells us anything,” the welder said.';
    expect(who(t)).toEqual(['Rhona Tait', 'Lena Ostrova']);
  });

  it('takes the person named with the job last before the quotation', () => {
    const t =
      'Ferry captain Ivo Marsh sailed at six. Later, fellow captain Dora Kell took the second crossing. ' +
      '“The sea was calm by then,” the captain said.';
    expect(who(t)).toEqual(['Dora Kell']);
  });

  it('leaves a job no one is named with as written', () => {
    const t = 'Gil Avery closed the port on Sunday. “No boat leaves,” the harbour pilot said.';
    expect(who(t)).toEqual(['the harbour pilot']);
  });
});

describe('a club’s nickname stands for the club when a report refers back to its manager', () => {
  it('"the Toffees boss" is the Everton manager it named', () => {
    const t =
      'Everton manager Sean Dyche saw his side draw 1-1 with Fulham on Saturday. ' +
      '“We lacked a cutting edge,” the Toffees boss said.';
    expect(who(t)).toEqual(['Sean Dyche']);
  });

  it('"the Hammers manager" is the one named with West Ham, not the other club’s', () => {
    const t =
      'West Ham manager Julen Lopetegui and Brighton head coach Fabian Hurzeler both wanted a penalty. ' +
      '“It was a clear foul,” the Hammers manager said.';
    expect(who(t)).toEqual(['Julen Lopetegui']);
  });
});

describe('an aside set off after a name ends with its sentence', () => {
  it('"The owner, Harlan Foods, said … . Its founder, Ida Marr, described…" gives the next pronoun to Ida Marr', () => {
    const t =
      'The mill’s owner, Harlan Foods, said the sale had been agreed. Its founder, Ida Marr, described the deal as ' +
      'a betrayal. “I built this place with my own hands,” she said.';
    expect(who(t)).toEqual(['Ida Marr']);
  });

  it('still reads an aside with an abbreviated title in it', () => {
    const t =
      'Cora Pike, an aide to Sen. Walt Brody, said the vote would be close. “We are counting every head,” she said.';
    expect(who(t)).toEqual(['Cora Pike']);
  });
});

describe('a feature’s present tense of mind is a named subject’s verb', () => {
  it('"Ruth Ames remembers it differently. “…,” she says" is Ruth Ames, not her husband quoted before', () => {
    const t =
      'Leo Ames ran the ferry for thirty years. “The sea was my office,” Ames says.\n\n' +
      'Ruth Ames remembers it differently. “He was seasick every winter,” she says.';
    expect(who(t)).toEqual(['Leo Ames', 'Ruth Ames']);
  });

  it('reads "hopes" after a full name too', () => {
    const t =
      'Leo Ames ran the ferry for thirty years. “The sea was my office,” Ames says.\n\n' +
      'Nina Sorel hopes to buy the boat. “It deserves one more captain,” she says.';
    expect(who(t)).toEqual(['Leo Ames', 'Nina Sorel']);
  });
});

describe('a paraphrased answer tagged with its speaker credits the quotation after it', () => {
  it('"Why stay? The quiet, she says. “…”" is hers', () => {
    const t =
      'Petra Lind has kept bees on the moor since 1979. Why stay so long? The quiet, she says. ' +
      '“Up here nobody rings you and the bees never argue.”';
    expect(who(t)).toEqual(['Petra Lind']);
  });

  it('reads a name in the tag, and the tag at the end of the paragraph before', () => {
    const t =
      'Petra Lind and Owen Hart share the hives. Did he ever get stung? Often, Hart recalled.\n\n' +
      '“The first summer I looked like a boxer after every fight.”';
    expect(who(t)).toEqual(['Owen Hart']);
  });
});

describe('"Mrs" among several women of one surname refers back to the first one named', () => {
  it('is the wife of the couple, not the daughter introduced last', () => {
    const t =
      'Ivy and Carl Brandt reopened their cinema on Friday.\n\n' +
      'Ivy Brandt sold the first tickets. “We kept the old seats,” she said.\n\n' +
      'Carl Brandt fixed the projector. “It is older than me,” Mr Brandt said.\n\n' +
      'Their daughter, Rosa Brandt, ran the kiosk. “The popcorn went first,” she said.\n\n' +
      'Mrs Brandt thanked the town. “People never stopped asking when we would open,” Mrs Brandt said.';
    expect(who(t)).toEqual(['Ivy Brandt', 'Carl Brandt', 'Rosa Brandt', 'Ivy Brandt']);
  });
});

describe('a relative’s first name set off by commas after the kin word', () => {
  it('"Oskar Lund and his wife, Mette, …" gives "she said" to Mette Lund', () => {
    const t =
      'Oskar Lund and his wife, Mette, have kept the lighthouse café for years. “We close in November,” she said.';
    expect(who(t)).toEqual(['Mette Lund']);
  });

  it('does not take a full name after the comma for a first name alone', () => {
    const t = 'Oskar Lund and his wife, Mette Rask, keep the café. “We close in November,” Rask said.';
    expect(who(t)).toEqual(['Mette Rask']);
  });
});

describe('a pronoun that replies is not the speaker just quoted', () => {
  it('"“…,” Brenn said. “…,” she replied" is the other person named', () => {
    const t =
      'Nora Vitt sat down beside Aldo Brenn at the hearing. “You have not read the report,” Brenn said. ' +
      '“I wrote half of it,” she replied.';
    expect(who(t)).toEqual(['Aldo Brenn', 'Nora Vitt']);
  });

  it('keeps the speaker when no one else has been named', () => {
    const t = 'Aldo Brenn took the stand. “I did not sign it,” Brenn said. “Not once,” he replied.';
    expect(who(t)).toEqual(['Aldo Brenn', 'Aldo Brenn']);
  });
});

describe('a role is named with the person’s own first names, not a namesake’s', () => {
  it('"Mayor Lise Ono and her cousin, Ken Ono," give "the mayor" to Lise Ono', () => {
    const t =
      'Mayor Lise Ono and her cousin, Ken Ono, a councillor, argued over the budget on Monday. ' +
      '“The numbers do not add up,” the mayor said.';
    expect(who(t)).toEqual(['Lise Ono']);
  });

  it('still reads a role with a middle name, or the surname alone', () => {
    const t =
      'Ken Ono spoke first. Mayor Lise Marie Ono followed him. “The numbers do not add up,” the mayor said. ' +
      'Later Mayor Ono repeated it. “We must cut,” the mayor said.';
    expect(who(t)).toEqual(['Lise Marie Ono', 'Lise Marie Ono']);
  });
});

describe('a job that opens a sentence before a full name is no part of the name', () => {
  it('"Baker Nell Quist" is Nell Quist, and "Novelist Ada Venn" is Ada Venn', () => {
    const t =
      'Baker Nell Quist opened her shop at dawn. “The rye sells first,” she said.\n\n' +
      'Novelist Ada Venn bought two loaves. “I write better when I am fed,” Venn said.';
    expect(who(t)).toEqual(['Nell Quist', 'Ada Venn']);
  });

  it('keeps such a word as a surname after a first name', () => {
    const t = 'Tobias Baker opened his shop at dawn. “The rye sells first,” Baker said.';
    expect(who(t)).toEqual(['Tobias Baker']);
  });
});
