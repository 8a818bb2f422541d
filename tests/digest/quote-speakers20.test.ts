import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('"As X put it," and "In the words of X," before a quotation credit X', () => {
  it('"As Nell Brough, who runs the ferry, put it, “…”" is Nell Brough, not the last speaker', () => {
    const t =
      'Ravi Soames, the harbour master, backed the plan. “It is overdue,” he said. ' +
      'Not everyone agrees. As Nell Brough, who runs the ferry, put it, “Nobody asked the people who use the quay.”';
    expect(who(t)).toEqual(['Ravi Soames', 'Nell Brough']);
  });

  it('"In the words of the Rev Ada Quill, the parish priest, “…”" is Ada Quill', () => {
    const t =
      'Ravi Soames said the hall would close. “It costs too much to heat,” he said. ' +
      'In the words of the Rev Ada Quill, the parish priest, “A village without a hall is a car park.”';
    expect(who(t)).toEqual(['Ravi Soames', 'Ada Quill']);
  });

  it('"As she put it, “…”" is the woman last named', () => {
    const t = 'Nell Brough has run the ferry since 1990. As she put it, “The tide does not wait for meetings.”';
    expect(who(t)).toEqual(['Nell Brough']);
  });
});

describe('"one of the organisers, Ann Lee," around a speech verb is Ann Lee', () => {
  it('"“…,” one of the organisers, Tess Mallin, said" is Tess Mallin, not the speaker before', () => {
    const t =
      '“We will look at it,” said the minister, Huw Prys. ' +
      '“The pool is the only warm place some of us have,” one of the organisers, Tess Mallin, said.';
    expect(who(t)).toEqual(['Huw Prys', 'Tess Mallin']);
  });

  it('"“…,” said one of its founders, Tess Mallin" is Tess Mallin', () => {
    const t = 'The club began in 1962. “We had one ball and a field of cows,” said one of its founders, Tess Mallin.';
    expect(who(t)).toEqual(['Tess Mallin']);
  });
});

describe('an indefinite role with a name set off by commas, then a colon, is the name', () => {
  it('"A taxi driver, Olu Bamgbose, warned: “…”" is Olu Bamgbose, not "a taxi driver"', () => {
    const t = 'The council wants fewer cars. A taxi driver, Olu Bamgbose, warned: “Shut the bridge and the town dies.”';
    expect(who(t)).toEqual(['Olu Bamgbose']);
  });

  it('a clause between commas is still an aside: "A driver, who asked not to be named, said: “…”"', () => {
    const t =
      'The council wants fewer cars. A driver, who asked not to be named, said: “Shut the bridge and we leave.”';
    expect(who(t)).toEqual(['a driver']);
  });
});

describe('"the committee said" is the committee the paragraph names by that word', () => {
  it('"the Home Affairs Committee said … “…,” the committee said" is the Home Affairs Committee', () => {
    const t =
      'The Home Affairs Committee said the scheme had failed. “Nobody checked the numbers,” the committee said.';
    expect(who(t)).toEqual(['Home Affairs Committee']);
  });

  it('reads back past a quotation earlier in the paragraph, and keeps a name with commas whole', () => {
    const t =
      'The Science, Innovation and Technology Committee published its report. “The plan is vague,” said its chair, ' +
      'Ann Lee. “The department must publish its costings,” the committee said.';
    expect(who(t)).toEqual(['Ann Lee', 'Science, Innovation and Technology Committee']);
  });

  it('a name that runs on past its head word is read whole: the Dorset Association of Parish Clerks', () => {
    const t =
      'The Dorset Association of Parish Clerks urged calm. “No meeting will be cancelled,” the association said.';
    expect(who(t)).toEqual(['Dorset Association of Parish Clerks']);
  });

  it('"the union said" with no union named stays as written', () => {
    const t = 'Ann Lee chairs the branch. “We will ballot in May,” the union said.';
    expect(who(t)).toEqual(['the union']);
  });
});

describe('a questioner who "pressed" or "persisted" is speaking', () => {
  it('"“So that is a yes?” Kemp pressed." is a quotation of the reporter Ian Kemp', () => {
    const t =
      'Ian Kemp of the Courier asked whether the budget was set. “It is sensitive,” said Rosa Vane. ' +
      '“So that is a yes?” Kemp pressed.';
    expect(who(t)).toEqual(['Rosa Vane', 'Ian Kemp']);
  });

  it('"“And the other two?” she persisted." is the woman last named', () => {
    const t = 'Rosa Vane listed three closures. “And the other two?” she persisted.';
    expect(who(t)).toEqual(['Rosa Vane']);
  });
});

describe('"pressed him" hands the next quotation to the one pressed', () => {
  it('"when Ian Kemp pressed him. “…,” he said" is the man pressed, not Kemp', () => {
    const t =
      'Tom Vane chairs the club. “We will stay,” Vane said on Friday. ' +
      'Vane, for his part, was calm when Ian Kemp pressed him the night before. “I am not going anywhere,” he said.';
    expect(who(t)).toEqual(['Tom Vane', 'Tom Vane']);
  });
});
