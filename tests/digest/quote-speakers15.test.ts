import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a dateline is a place, never the subject that says a quotation', () => {
  it('"LAGOS — The head of the port authority…, saying: “…”" is no one named, not Lagos', () => {
    const t =
      'LAGOS — The head of the port authority on Friday defended new docking fees, saying: “The old ones were a gift to the shipping lines that nobody can justify any more.”';
    expect(who(t)).toEqual([null]);
  });

  it('reads on past the dateline to the named subject', () => {
    const t =
      'PORTLAND, Maine — Mayor Ada Quist on Friday closed the inner harbour, saying the ice was “thicker than anything we have seen in a generation.”';
    expect(who(t)).toEqual(['Ada Quist']);
  });
});

describe('a live blog time stamp or a dateline before a paragraph leaves its subject a subject', () => {
  it('"09:52 — Ron Vale stood up… “…?” he asked" is Ron Vale, not the man quoted before', () => {
    const t =
      '09:40 — “Waiting lists are falling,” Health Secretary Tom Ives said.\n\n' +
      '09:52 — Ron Vale stood up on the opposition benches. “Falling from where?” he asked.';
    expect(who(t)).toEqual(['Tom Ives', 'Ron Vale']);
  });

  it('reads a subject after a dateline that opens a paragraph', () => {
    const t =
      'Nurse Ken Orr spoke first. “We are tired,” he said.\n\n' +
      'DUBLIN, Ireland — Union leader Sean Tuite then addressed the rally. “Enough is enough,” he said.';
    expect(who(t)).toEqual(['Ken Orr', 'Sean Tuite']);
  });
});

describe('a speech verb a few words before a quoted phrase still credits the sentence subject', () => {
  it('"Ivo Sand said the report showed that “…”" is Ivo Sand, not the man quoted before', () => {
    const t =
      '“We followed every rule,” said Karl Moss, the mill’s owner.\n\n' +
      'Ivo Sand, the river warden, said the report showed that “the mill had poured waste into the river for a decade.”';
    expect(who(t)).toEqual(['Karl Moss', 'Ivo Sand']);
  });

  it('reads "told the court his conduct had" the same way', () => {
    const t =
      '“I regret nothing,” said Carl Ode.\n\nJudge Mia Lund told the court his conduct had “betrayed every family who trusted him.”';
    expect(who(t)).toEqual(['Carl Ode', 'Mia Lund']);
  });
});

describe('a role that speaks in one paragraph and is named at the start of the next is that person', () => {
  it('"The station manager… “…,” he said." then "The station manager, Olu Bande," is Olu Bande', () => {
    const t =
      'Passengers waited for hours, said Rita Cole, a commuter. “Nobody told us anything,” she said.\n\n' +
      'The station manager, who has worked on the line for 20 years, said the signals had failed. “We had no choice but to stop every train,” he said.\n\n' +
      'The station manager, Olu Bande, said services would resume on Monday.';
    expect(who(t)).toEqual(['Rita Cole', 'Olu Bande']);
  });

  it('takes "chief" for "head", but not a different job ("The head of the school" is not the caretaker)', () => {
    const t =
      '“Stay off the ice,” warned Ken Lodge.\n\n' +
      'The head of the lifeboat crew said the lake had not frozen solid. “It will not hold a child,” he said.\n\n' +
      'The lifeboat chief, Dag Mørk, urged parents to keep watch.\n\n' +
      'The head of the school said pupils had been warned. “We told every class,” he said.\n\n' +
      'The school caretaker, Bo Lind, locked the gate.';
    const [first, rescuer, head] = who(t);
    expect([first, rescuer]).toEqual(['Ken Lodge', 'Dag Mørk']);
    expect(head).not.toBe('Bo Lind');
  });
});

describe('a relative named by first name shares a hyphenated surname', () => {
  it('"Elin Vaughan-Reed… Her son, Osian, … “…,” he said" is Osian Vaughan-Reed', () => {
    const t =
      'Elin Vaughan-Reed has kept the village post office for 30 years. Her son, Osian, took over the counter last spring. “Mam still checks the till every night,” he said.';
    expect(who(t)).toEqual(['Osian Vaughan-Reed']);
  });

  it('reads "and his daughter" after a hyphenated name the same way', () => {
    const t = 'Rhys Owen-Pugh, 64, and his daughter Nia run the dairy. “The cows come first,” Nia said.';
    expect(who(t)).toEqual(['Nia Owen-Pugh']);
  });
});

describe('a relative opening a paragraph belongs to the one family the paragraph before names', () => {
  it('"Bea Marsh… \\n\\nHer brother, Lew, … \\n\\n“…,” he said" is Lew Marsh, not his sister', () => {
    const t =
      'Bea Marsh has run the ferry café for a decade. “The tourists keep us going,” Marsh said.\n\n' +
      'Her brother, Lew, who mends the boats, started the fundraiser.\n\n' +
      '“We raised the first thousand in a weekend,” he said.';
    expect(who(t)).toEqual(['Bea Marsh', 'Lew Marsh']);
  });

  it('leaves it alone when the paragraph before names two families', () => {
    const t =
      'Bea Marsh runs the café with her partner, Tom Ives. “We never close,” Marsh said.\n\n' +
      'Her brother, Lew, mends the boats.\n\n' +
      '“Somebody has to,” he said.';
    expect(who(t)).not.toContain('Lew Ives');
  });
});
