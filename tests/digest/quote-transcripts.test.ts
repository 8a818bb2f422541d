import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const pairs = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe('a transcript’s labelled answers are the witness’s quotations', () => {
  it('"A:" lines after "Q:" lines are the person the article says gave evidence', () => {
    const t =
      'Priya Nandi, a former site manager, gave evidence to the tribunal on Monday. She was questioned by Owen Lacey.\n\n' +
      'Q: Did you see the ladder fall?\n\nA: Yes. It slid on the wet boards.\n\n' +
      'Q: Who had set it up?\n\nA: The night crew, as far as I know.\n\nThe hearing continues.';
    expect(pairs(t)).toEqual([
      ['Priya Nandi', 'Yes. It slid on the wet boards.'],
      ['Priya Nandi', 'The night crew, as far as I know.'],
    ]);
  });

  it('"Witness:" lines after "Counsel:" lines are the witness, not the barrister named last', () => {
    const t =
      'Colm Reddy, 38, was cross-examined for two hours. He was questioned by the council’s barrister, Ada Voss.\n\n' +
      'Counsel: Were the gates locked that night?\n\nWitness: They were never locked. The padlock was broken.\n\n' +
      'Counsel: Did you report it?\n\nWitness: Twice, in writing.';
    expect(pairs(t).map(([who]) => who)).toEqual(['Colm Reddy', 'Colm Reddy']);
  });

  it('a surname label answering a question is that person, named in full', () => {
    const t =
      'Tova Brandt, the plant engineer, was questioned by Iain Rusk KC.\n\n' +
      'Rusk: The alarm sounded at noon. Did you hear it?\n\nBrandt: I heard nothing. The plant room is loud.\n\n' +
      'Rusk: Should you have heard it?\n\nBrandt: Only if the speaker worked.';
    expect(pairs(t)).toEqual([
      ['Tova Brandt', 'I heard nothing. The plant room is loud.'],
      ['Tova Brandt', 'Only if the speaker worked.'],
    ]);
  });

  it('one question and answer is no transcript', () => {
    const t = 'Priya Nandi gave evidence on Monday.\n\nQ: Did you see it?\n\nA: Yes, I saw all of it.';
    expect(pairs(t)).toEqual([]);
  });

  it('in an interview set out as Q: and A:, the answers are the person the introduction names first', () => {
    const t =
      'Ines Taramoto has run the Harbour Kitchen in Whitby for 20 years. Her new cookbook is out on Friday, ' +
      'with a foreword by Roy Dunmore. She talked to us between lunch and dinner service.\n\n' +
      'Q: Why Whitby?\n\nA: My grandfather fished from here. I never wanted to cook anywhere else.\n\n' +
      'Q: What is the hardest dish on the menu?\n\nA: The crab soup. It takes two days.';
    expect(pairs(t)).toEqual([
      ['Ines Taramoto', 'My grandfather fished from here. I never wanted to cook anywhere else.'],
      ['Ines Taramoto', 'The crab soup. It takes two days.'],
    ]);
  });

  it('"Witness:" answers with no one said to give evidence still have no speaker', () => {
    const t =
      'Ines Taramoto opened the café in 2004.\n\n' +
      'Counsel: Was the door locked?\n\nWitness: No.\n\nCounsel: Why not?\n\nWitness: It never was.';
    expect(pairs(t)).toEqual([]);
  });

  it('a quotation inside an answer line is part of that answer, not a quotation of its own', () => {
    const t =
      'Priya Nandi, a former site manager, gave evidence to the tribunal on Monday.\n\n' +
      'Q: What did the foreman say?\n\nA: He said, “Leave it till Monday,” and went home.\n\n' +
      'Q: Did you agree?\n\nA: No. I told him, “Someone will fall.”';
    expect(pairs(t)).toEqual([
      ['Priya Nandi', 'He said, “Leave it till Monday,” and went home.'],
      ['Priya Nandi', 'No. I told him, “Someone will fall.”'],
    ]);
  });
});

describe('an answer printed in quote marks', () => {
  it('gives the answer without its outer marks', () => {
    const t =
      'Ferry operator Dana Quill has cut the winter timetable. She spoke to us on the quay.\n\n' +
      'Q: Islanders say they feel abandoned. Do they have a point?\n\n' +
      'A: “I understand the anger. But we cannot sail empty boats all winter.”\n\n' +
      'Q: Will the cuts be reversed?\n\n' +
      'A: "Not this year."';
    expect(extractQuotes(t).map((q) => [q.speaker, q.text])).toEqual([
      ['Dana Quill', 'I understand the anger. But we cannot sail empty boats all winter.'],
      ['Dana Quill', 'Not this year.'],
    ]);
  });
});
