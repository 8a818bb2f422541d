import { describe, expect, it } from 'vitest';
import { fold } from '../../src/article/fold.js';
import { extractQuotes } from '../../src/digest/quotes.js';

const spans = (t: string) => extractQuotes(t).map((q) => t.slice(q.start, q.end));
const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('short quotations that a speech verb makes speech', () => {
  it.each([
    ['The plumber Rob Tate stared at the burst pipe. “Not again,” he groaned.', '“Not again,”'],
    ['“That is simply untrue,” the treasurer interjected.', '“That is simply untrue,”'],
    ['“We did it!” the rowers shouted as they crossed the line.', '“We did it!”'],
    ['“Sit down,” the chairwoman snapped.', '“Sit down,”'],
    ['“No,” said the goalkeeper.', '“No,”'],
    ['“Read the report,” the minister shot back.', '“Read the report,”'],
    ['“Enough,” she sighed, and closed the laptop.', '“Enough,”'],
  ])('%s', (text, quote) => {
    expect(spans(text)).toEqual([quote]);
  });

  it('leaves scare quotes without a speech verb out, even with a comma inside the marks', () => {
    expect(extractQuotes('The council called the scheme a “fresh start” for the estate.')).toEqual([]);
    expect(extractQuotes('The so-called “reform,” critics argue in a new report, changes little.')).toEqual([]);
    expect(extractQuotes('Locals call the road “the snake,” and for good reason.')).toEqual([]);
  });
});

describe('a second quotation chained on to the first', () => {
  it('splits “A,” the paper wrote, adding, “B.” into two quotations by the same speaker', () => {
    const t = '“The dam is sound,” the Valley Herald wrote on Sunday, adding, “the spillway needs work before spring.”';
    expect(spans(t)).toEqual(['“The dam is sound,”', '“the spillway needs work before spring.”']);
    expect(who(t)).toEqual(['Valley Herald', 'Valley Herald']);
  });

  it('credits B after "…, he said, and added:" to the speaker of A, named or described', () => {
    const named = 'Coach Lena Moss was calm. “We lost the game,” she said, and added: “We did not lose the season.”';
    expect(spans(named)).toEqual(['“We lost the game,”', '“We did not lose the season.”']);
    expect(who(named)).toEqual(['Lena Moss', 'Lena Moss']);
    const described =
      '“Our members are exhausted,” the nurses’ union said in a statement, adding: “Wards cannot run like this.”';
    expect(who(described)).toEqual(['the nurses’ union', 'the nurses’ union']);
  });
});

describe('joining across an attribution, not across paragraphs', () => {
  it('keeps “A,” said X. “B.” inside one paragraph as one quotation', () => {
    const t = '“The tunnel opens in May,” said engineer Paul Dray. “The trains follow in June.”';
    expect(spans(t)).toEqual([t]);
    expect(extractQuotes(t)[0]?.text).toBe('The tunnel opens in May. The trains follow in June.');
    // Cut by an attribution that is no sentence of its own, the comma stays: “A,” said X, “b.”
    expect(
      extractQuotes('“The tunnel opens in May,” said engineer Paul Dray, “and the trains in June.”')[0]?.text,
    ).toBe('The tunnel opens in May, and the trains in June.');
  });

  it('keeps two closed quotations in two paragraphs apart, with the same speaker', () => {
    const t =
      '“The tunnel opens in May,” said engineer Paul Dray.\n\n“The trains follow in June, if the signals are ready.”';
    expect(spans(t)).toEqual(['“The tunnel opens in May,”', '“The trains follow in June, if the signals are ready.”']);
    expect(who(t)).toEqual(['Paul Dray', 'Paul Dray']);
  });
});

describe('speakers', () => {
  it('reads a surname that is also a title word ("King", "Judge") after a first name or an honorific', () => {
    const t =
      '“Turnout is everything,” said Martha King, a party organiser. “People must vote early,” Ms. King added. ' +
      '“The count was fair,” said Henry Judge.';
    expect(who(t)).toEqual(['Martha King', 'Martha King', 'Henry Judge']);
    expect(who('“The court will rule tomorrow,” the judge said.')).toEqual(['the judge']);
  });

  it('reads abbreviated titles such as "Del." and an outlet named before a role', () => {
    expect(who('“This hearing is a waste of time,” said Del. Rosa Amaral of the islands.')).toEqual(['Rosa Amaral']);
    expect(who('“He won that debate easily,” said Channel Nine host Peter Vance.')).toEqual(['Peter Vance']);
  });

  it('credits the person, not the organisation, after a role of several lower-case words', () => {
    expect(who('“Fares rise in March,” said Harbour Ferries managing director Ines Calloway.')).toEqual([
      'Ines Calloway',
    ]);
    expect(who('“The pilot worked,” said Brightwell head of research Omar Plaskett.')).toEqual(['Omar Plaskett']);
    expect(who('“Nothing has been signed,” said TerraNova chief executive Dana Okafor.')).toEqual(['Dana Okafor']);
  });

  it('leaves the tail of an office with "of" out of the name, after the quote and in the name index', () => {
    expect(who('“The count is final,” said Vermont Secretary of State Lena Marsh.')).toEqual(['Lena Marsh']);
    expect(who('Head of Research Mira Dunn said: “The trial ran for six months.”')).toEqual(['Mira Dunn']);
    expect(
      who('Minister of Finance Piet Vos presented the budget on Tuesday. “Nobody will pay more tax,” Vos said.'),
    ).toEqual(['Piet Vos']);
    expect(
      who('Chancellor of the Exchequer Hal Brandt rose at noon. “The deficit is shrinking,” said Brandt.'),
    ).toEqual(['Hal Brandt']);
    // A tail of two words: the name is the last two.
    expect(
      who('Secretary of Homeland Security Rafe Okoro visited the port. “The checks will go on,” Okoro said.'),
    ).toEqual(['Rafe Okoro']);
  });

  it('finds the subject after an opening phrase, after "According to", and before an appositive', () => {
    expect(
      who('During a rally on Monday, Nora Quint attacked the budget, saying, "It is reckless and it is late."'),
    ).toEqual(['Nora Quint']);
    expect(who('According to Omar Reyes, “the harvest came three weeks too late for the growers.”')).toEqual([
      'Omar Reyes',
    ]);
    expect(
      who('Ellis, a former city treasurer, mocked the plan during the debate, tweeting, “Count the zeros again.”'),
    ).toEqual(['Ellis']);
  });
});

describe('names in a title-case headline', () => {
  it('does not read a headline verb between two names as one long name', () => {
    const t =
      'Mara Quill Slams Tobias Fenn in Rail Budget Row\n\nTobias Fenn defended the plan on Monday. ' +
      '“The money is already spent,” Fenn said.';
    expect(who(t)).toEqual(['Tobias Fenn']);
  });
});

describe('names with particles', () => {
  it('keeps two particles inside a name, before a quote and after one', () => {
    expect(who('“The new rules start in spring,” said Dutch Finance Minister Jan van der Berg.')).toEqual([
      'Jan van der Berg',
    ]);
    expect(who('Ana de la Cruz said: "We have counted every ballot twice."')).toEqual(['Ana de la Cruz']);
    expect(who('“The port reopens at dawn,” said harbour master Pedro dos Santos.')).toEqual(['Pedro dos Santos']);
  });

  it('resolves a later "van der Berg" or "Van der Berg" to the full name, found by any part of it', () => {
    const t =
      'Mayor Hanna van der Berg opened the bridge on Friday. “It took eleven years,” van der Berg said. ' +
      'Van der Berg said: “Nobody believed we would finish it.”';
    expect(who(t)).toEqual(['Hanna van der Berg', 'Hanna van der Berg']);
    // `/quotes speaker:berg` folds case and accents and matches any part of the name.
    expect(extractQuotes(t).filter((q) => fold(q.speaker ?? '').includes('berg'))).toHaveLength(2);
  });

  it('keeps particles written before a name the article never gives in full, or on to it', () => {
    expect(who('“The deal is done,” said Council chief von der Hude.')).toEqual(['von der Hude']);
    const t =
      '“We stay,” said Defence Minister Karim al-Masri. Later al-Masri told reporters: “We will hold the city.”';
    expect(who(t)).toEqual(['Karim al-Masri', 'Karim al-Masri']);
  });
});

describe('roles written before a name', () => {
  it('leave the name alone: "Prosecutor Daniel Okafor" is Daniel Okafor, before or after the quote', () => {
    const t =
      'Judge Mary Ellis refused bail. Prosecutor Daniel Okafor disagreed with the defence. ' +
      '“The evidence shows a man who planned for every outcome,” he told the judge.';
    expect(who(t)).toEqual(['Daniel Okafor']);
    expect(who('“Rates will be cut by the summer, I am sure of it,” said Economist Jane Forward.')).toEqual([
      'Jane Forward',
    ]);
    expect(who('Fly-half Jack Crowley missed late. “I will take that one on the chin,” he said.')).toEqual([
      'Jack Crowley',
    ]);
    // A surname that is also a role stays one: "Forward said".
    expect(who('Economist Jane Forward spoke. “Rates will be cut by the summer,” Forward said.')).toEqual([
      'Jane Forward',
    ]);
  });
});

describe('a name set off by commas after a description', () => {
  it('credits the name, and keeps a short quotation interrupted by it as one', () => {
    const t =
      'Forecasters issued a warning.\n\n"This is not a normal late-May episode," the agency\'s spokesman, ' +
      'Rubén del Campo, told state television, "and people need to take it seriously."';
    expect(spans(t)).toEqual([t.slice(t.indexOf('"This'))]);
    expect(who(t)).toEqual(['Rubén del Campo']);
    expect(who('“The seals were never broken,” said the commission’s chairwoman, Greta Olsen.')).toEqual([
      'Greta Olsen',
    ]);
    expect(who('“We will appeal,” her lawyer, Siobhan O’Rourke, said outside the court.')).toEqual([
      'Siobhan O’Rourke',
    ]);
    expect(who('“We will appeal,” her lawyer said.')).toEqual(['her lawyer']);
  });
});

describe('pronouns after another person is named', () => {
  it('credits "she said" to the subject of the sentence before, not to the last speaker', () => {
    const t =
      'Anna Lindqvist and Marek Kovacs met in Vienna. “We will not sign this week,” Kovacs told reporters. ' +
      'Lindqvist added that a second draft was ready. “If we must, we will sign without him,” she said.';
    expect(who(t)).toEqual(['Marek Kovacs', 'Anna Lindqvist']);
  });

  it('goes back to an earlier speaker named again as a subject, with particles or a middle name', () => {
    const t =
      '“The talks went well,” said Helga Maria Brandt. Marek Kovacs arrived later. “No way,” Kovacs told reporters. ' +
      'Brandt added that a plan was ready. “We go ahead,” she said.';
    expect(who(t)).toEqual(['Helga Maria Brandt', 'Marek Kovacs', 'Helga Maria Brandt']);
    const v =
      'Greta von der Hude chaired the meeting. “No deal before June,” Kovacs said. ' +
      'Von der Hude replied that the door stayed open. “We can wait a little longer,” she said.';
    expect(who(v)).toEqual(['Kovacs', 'Greta von der Hude']);
  });

  it('finds a subject behind a role, set off by commas, after an irregular verb, or named after a comma', () => {
    const role =
      '“The count was clean,” said Greta Olsen. Harbour manager Tilda Rusk did not hide her anger. ' +
      '“We were robbed in broad daylight,” she said.';
    expect(who(role)).toEqual(['Greta Olsen', 'Tilda Rusk']);
    const apposed =
      '“The count was clean,” said Greta Olsen. Her deputy, Bram Koenig, said the seals were intact. ' +
      '“Nobody touched a single box,” he said.';
    expect(who(apposed)).toEqual(['Greta Olsen', 'Bram Koenig']);
    const shook =
      '“The count was clean,” said Greta Olsen. Bram Koenig asked about the seals. Asked again, Olsen shook her head. ' +
      '“No,” she said.';
    expect(who(shook)).toEqual(['Greta Olsen', 'Greta Olsen']);
    const inverted =
      '“The count was clean,” said Greta Olsen. The seals were checked twice, her colleague Bram Koenig said. ' +
      '“We signed every page of it,” he said.';
    expect(who(inverted)).toEqual(['Greta Olsen', 'Bram Koenig']);
  });

  it('does not give "she said" to a man credited with "he said": the last person named who may be her', () => {
    const t =
      'Harbour chief Olaf Brenner said the plan had been hard to agree. “Nobody wanted to close the pier,” he said.\n\n' +
      'Fishermen, led by skipper Ingrid Holm, filled the hall. “We will fight this until the last boat is gone,” she said.';
    expect(who(t)).toEqual(['Olaf Brenner', 'Ingrid Holm']);
  });

  it('reads "May" as a surname after a first name or an honorific, and a "She added:" after "he said" as another person', () => {
    const t =
      'Home Secretary Anna May opened the debate. “The bill is ready,” Mrs May said. ' +
      'Opposition leader Tom Reddy disagreed. “It is not,” he said. She added: “We will vote on it in June.”';
    expect(who(t)).toEqual(['Anna May', 'Tom Reddy', 'Anna May']);
  });

  it('takes no subject from behind a preposition or a verb', () => {
    const t =
      '“The count was clean,” said Greta Olsen. Supporters of Bram Koenig gathered outside. ' +
      '“We will appeal,” she said.';
    expect(who(t)).toEqual(['Greta Olsen', 'Greta Olsen']);
  });

  it('looks across a blank line to the paragraph before, and the next quote paragraph goes on with her', () => {
    const t =
      'Greta Olsen and Marek Kovacs spoke after the vote.\n\n“The count was clean,” Kovacs said.\n\n' +
      'Olsen warned that the budget would run out in the spring.\n\n“We have until March,” she said.\n\n' +
      '“After that there is nothing left for the schools or the roads.”';
    expect(who(t)).toEqual(['Marek Kovacs', 'Greta Olsen', 'Greta Olsen']);
  });
});

describe('two people with the same surname', () => {
  it('keeps a full name to its own person, and a surname alone to the one named last', () => {
    const t =
      'Irene Vasquez runs the bakery. “We open at five,” Irene Vasquez said.\n\n' +
      'Her cousin, Tomas Vasquez, runs the café across the road. “We open at seven,” Tomas Vasquez said. ' +
      '“Nobody wants coffee at five,” Vasquez added.\n\n' +
      'Irene Vasquez laughed at that. “Bakers do,” Vasquez said.';
    expect(who(t)).toEqual(['Irene Vasquez', 'Tomas Vasquez', 'Tomas Vasquez', 'Irene Vasquez']);
  });

  it('still reads a surname as the one person of that name, named in full later', () => {
    expect(who('“We are ready,” Okafor said. Coach Daniel Okafor has led the side since May.')).toEqual([
      'Daniel Okafor',
    ]);
  });
});

describe('a reply in the same paragraph', () => {
  it('keeps “A,” X said. “B,” Y shot back. apart, each with its own speaker', () => {
    const t =
      '“Your budget has a hole in it the size of the harbour,” Rosa Lind said. ' +
      '“Then read page four, where we fill it,” Marta Quist shot back.';
    expect(who(t)).toEqual(['Rosa Lind', 'Marta Quist']);
    expect(spans(t)).toHaveLength(2);
  });
});

describe('a programme named in marks inside the attribution', () => {
  it('joins “A,” X told ABC’s “This Week.” “B.” round the title, which is no quotation', () => {
    const t =
      '“The votes are there, and they have been there since March,” Gov. Lena Ortiz told ABC’s “This Week.” ' +
      '“Leadership is counting them again.”';
    expect(extractQuotes(t).map((q) => q.text)).toEqual([
      'The votes are there, and they have been there since March. Leadership is counting them again.',
    ]);
    expect(who(t)).toEqual(['Lena Ortiz']);
  });
});

describe('a description introducing the quotation with a colon', () => {
  it('credits “One senior official said:” and “The union said in a statement:” to the description', () => {
    expect(
      who(
        'Talks at the ministry ran until midnight, Harold Benn said. One senior official said: “Nobody in that room slept.”',
      ),
    ).toEqual(['one senior official']);
    expect(who('Harold Benn chaired the talks. The union said in a statement: “We are still at the table.”')).toEqual([
      'the union',
    ]);
  });

  it('leaves an office alone ("The senator said:") to the person named before', () => {
    expect(who('Sen. Harold Benn chaired the talks. The senator said: “We are still at the table.”')).toEqual([
      'Harold Benn',
    ]);
  });
});

describe('British titles before a name', () => {
  it('leaves "MP" and "MEP" out of the speaker’s name', () => {
    const t =
      'The Labour MP Ruth Ashdown wrote to the minister. She wrote: ‘The ward has been shut for a year.’ ' +
      '‘We were promised a date,’ said the Green MEP Colin Farrant.';
    expect(who(t)).toEqual(['Ruth Ashdown', 'Colin Farrant']);
  });
});

describe('a subject with "himself" or "herself"', () => {
  it('gives the next "he said" to the person named as subject, not to the last speaker', () => {
    const t =
      'Ines Marlow’s campaign called the attack desperate. “He is polling at two percent,” said Owen Tate, her spokesman. ' +
      'Marlow herself stuck to her speech about bridges. “Every county has one that is falling down,” she said.';
    expect(who(t)).toEqual(['Owen Tate', 'Ines Marlow']);
  });
});
