import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a church rank between "the Rev." and a name is no part of the name', () => {
  it('"The Rev. Canon Ruth Ashby" is Ruth Ashby', () => {
    const t = 'The Rev. Canon Ruth Ashby opened the food bank. “Nobody here goes hungry,” the Rev. Ashby said.';
    expect(who(t)).toEqual(['Ruth Ashby']);
  });

  it('reads the archdeacon and the monsignor the same way, and keeps a surname that is a rank', () => {
    const t =
      'Archdeacon Tom Felling blessed the boats. “May they all come home,” he said.\n\n' +
      'Monsignor Paul Ree agreed. “The sea takes enough,” Monsignor Ree said.\n\n' +
      'The fisherman Joe Deacon listened. “Amen to that,” Joe Deacon said.';
    expect(who(t)).toEqual(['Tom Felling', 'Paul Ree', 'Joe Deacon']);
  });
});

describe('a person named only by the name they gave is that name', () => {
  it('"a nurse who asked to be identified only as Priya … she said" is Priya, not the man named before', () => {
    const t =
      'Ward manager Colm Reidy said the unit was full. “We have no beds left,” Reidy said.\n\n' +
      'A night nurse, who asked to be identified only as Priya, said staff were exhausted. “We are running on empty,” she said.';
    expect(who(t)).toEqual(['Colm Reidy', 'Priya']);
  });

  it('reads "gave his first name as" and "identified by her first name," too', () => {
    const t =
      'One driver gave his first name as Tariq. “The road just vanished,” he said.\n\n' +
      'A shopkeeper identified by her first name, Lena, watched the water rise. “I lost everything,” she said.';
    expect(who(t)).toEqual(['Tariq', 'Lena']);
  });

  it('leaves a pronoun to a person named after the given name', () => {
    const t = 'A porter known only as Sami carried the bags, and the guide Nora Vatt led the way. “Keep up,” she said.';
    expect(who(t)).toEqual(['Nora Vatt']);
  });
});

describe('a body whose name owns a job is not the person who holds it', () => {
  it('"Ann Lee, the council’s chief executive … “…,” the council said" is the council, not Ann Lee', () => {
    const t =
      'Ann Lee, the council’s chief executive, visited the site. “We will rebuild,” she said.\n\n' +
      '“Every tenant is safe tonight,” the council said.';
    expect(who(t)).toEqual(['Ann Lee', 'the council']);
  });

  it('still reads "Ann Lee, the council leader … the leader said" as Ann Lee', () => {
    const t = 'Ann Lee, the council leader, visited the site. “We will rebuild it all,” the leader said.';
    expect(who(t)).toEqual(['Ann Lee']);
  });
});
describe('a relative clause that introduces a quotation credits its antecedent', () => {
  it('"…, according to the council, which said in a statement: “…”" is the council, not the last speaker', () => {
    const t =
      'Moira Flynn watched the smoke from next door. “It was black as night,” she said.\n\n' +
      'No one was hurt, according to the council, which said in a statement: “All tenants have been rehoused.”';
    expect(who(t)).toEqual(['Moira Flynn', 'the council']);
  });

  it('"Police questioned Ann Bo, who told them: “…”" is Ann Bo, not the police', () => {
    const t = 'Police later questioned the driver, Ann Bo, who told them: “I never saw the cyclist at all.”';
    expect(who(t)).toEqual(['Ann Bo']);
  });
});

describe('an interview’s answer, quoted after the question with nothing beside it, is the interviewee’s', () => {
  it('reads each quoted answer after a question paragraph as the person the piece introduced', () => {
    const t =
      'The potter Ines Valdaro has fired her kiln for the last time. We met her in Porto.\n\n' +
      'Why stop now?\n\n' +
      '“My hands told me. They ache every morning, and clay does not forgive a tired hand.”\n\n' +
      'Will you miss it?\n\n' +
      '“Every day. But I will teach, and that is a kind of making too.”';
    expect(who(t)).toEqual(['Ines Valdaro', 'Ines Valdaro']);
  });

  it('leaves a quotation after a question that holds a quotation of its own as it was', () => {
    const t =
      'Ines Valdaro closed her studio. Was it, as she put it, “the end of an era”?\n\n' +
      '“Nobody knows what comes next for the old studio on the hill.”';
    expect(who(t)).toEqual([null]);
  });
});

describe('the words on a sign or banner are nobody’s, however close the last speaker', () => {
  it('"A chalk sign stands by the gate: “…”" after a quotation is no one’s', () => {
    const t =
      '“We have sold honey here for sixty years,” said the beekeeper Ada Morrow.\n\n' +
      'A chalk sign still stands by the gate: “Honest honey. Leave the money in the tin.”';
    expect(who(t)).toEqual(['Ada Morrow', null]);
  });

  it('still continues the speaker after a colon with no sign ("The reason was simple: “…”")', () => {
    const t =
      '“We have sold honey here for sixty years,” said the beekeeper Ada Morrow.\n\n' +
      'She will not sell the farm: “My bees would never forgive me for leaving them.”';
    expect(who(t)).toEqual(['Ada Morrow', 'Ada Morrow']);
  });
});

describe('a surname that opens with a particle written on to it, in lower case, is a speaker', () => {
  it('"“…,” al-Tamimi said" and "said el-Masri" name the people named in full before', () => {
    const t =
      'Rania al-Tamimi runs the clinic with Yusuf el-Masri. “We see two hundred patients a day,” al-Tamimi said. ' +
      '“Most of them walk for hours,” said el-Masri.';
    expect(who(t)).toEqual(['Rania al-Tamimi', 'Yusuf el-Masri']);
  });
});

describe('a particle written on to a surname is capitalised at a sentence start, and names the same person', () => {
  it('"Al-Tamimi said:" opening a sentence is Rania al-Tamimi', () => {
    const t = 'Rania al-Tamimi runs the clinic. Al-Tamimi said: “Most of them walk for hours to get here.”';
    expect(who(t)).toEqual(['Rania al-Tamimi']);
  });
});

describe('a rank written short before a name is the rank news refers back by', () => {
  it('"Gen. Ruth Oyelaran … the general said" is Ruth Oyelaran, and so with "Prof" and "Capt."', () => {
    const t =
      'Gen. Ruth Oyelaran toured the camp. “Morale is good,” the general said.\n\n' +
      'Prof Dan Ekwueme studies the region. “It will not last,” the professor said.\n\n' +
      'Capt. Lisa Moor flew the last sortie. “We saw nothing,” the captain said.';
    expect(who(t)).toEqual(['Ruth Oyelaran', 'Dan Ekwueme', 'Lisa Moor']);
  });

  it('leaves "the general" as written when no one is named with the rank', () => {
    const t = 'Ruth Oyelaran toured the camp. “Morale is good,” the general said.';
    expect(who(t)).toEqual(['the general']);
  });
});

describe('a rank written short without a full stop, in British style, is no part of the name', () => {
  it('"Det Supt Ann Brock" and "Ch Insp Raj Dev" are Ann Brock and Raj Dev', () => {
    const t =
      'Det Supt Ann Brock led the inquiry. “We will find him,” she said.\n\n' +
      'Ch Insp Raj Dev closed the road. “Please stay away,” said Ch Insp Dev.';
    expect(who(t)).toEqual(['Ann Brock', 'Raj Dev']);
  });
});

describe('a relative named by first name at a sentence start belongs to the family just named', () => {
  it('"Her husband, Tomas, nodded. “…,” he said" is Tomas Lind, not his wife', () => {
    const t =
      'Greta Lind said the river rose in an hour. Her husband, Tomas, nodded. “We carried the dog out on the roof,” he said.';
    expect(who(t)).toEqual(['Tomas Lind']);
  });

  it('leaves a relative in a new paragraph, where "her" may be someone else, and a full name with a particle', () => {
    const t =
      'Nora Quist jumped at ninety. Her coach, Bram Eliot, held the rope.\n\n' +
      'Her son, Ivo, watched. “She never listens,” he said.\n\n' +
      'His son, Omar bin Rashid, flew in. “We are proud,” Omar said.';
    expect(who(t)).not.toContain('Ivo Eliot');
    expect(who(t)[1]).toBe('Omar bin Rashid');
  });
});

describe('a name inside a list of names is one of a group, not the speaker', () => {
  it('"Fisheries ministers from Norway, Iceland and Faroe said…, warning it would “…”" keeps the quotation and names no country', () => {
    const t =
      'Fisheries ministers from Norway, Iceland and Faroe said on Friday they would defy the quota, warning it would “empty every harbour from Bergen to Tórshavn.”';
    expect(extractQuotes(t).map((q) => [q.text.slice(0, 5), q.speaker])).toEqual([['empty', null]]);
  });
});
