import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';
import { NameIndex } from '../../src/digest/names.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a subject before a colon, right after another quotation', () => {
  it('is the speaker, not the one who spoke before: "“A.” Her running mate, Tim Kaine, had a different take: “B.”"', () => {
    const t =
      'Hillary Clinton spoke in Tampa. “We are going to win Florida,” she said. “Count on it.” Her running mate, Tim Kaine, ' +
      'had a different take: “Florida is always close.” Clinton campaign spokesman Brian Fallon was more cautious: “It will be a long night.”';
    expect(who(t)).toEqual(['Hillary Clinton', 'Tim Kaine', 'Brian Fallon']);
  });
});

describe('a subject with any past-tense verb', () => {
  it('makes the next pronoun theirs: "Holt cut him off." · "Trump grew visibly irritated." · "Ray didn’t hesitate."', () => {
    const t =
      'The moderator, Lester Holt, pressed Donald Trump on his tax returns. Trump blamed his lawyers. Holt cut him off. ' +
      '“The audit does not stop you,” he said. Trump grew visibly irritated. “I will release them when it ends,” he said. ' +
      'Asked about the exchange, Sen. Mary Ray (D-Ore.) didn’t hesitate. “He lost that round,” she said.';
    expect(who(t)).toEqual(['Lester Holt', 'Donald Trump', 'Mary Ray']);
  });
});

describe('an indefinite description as the subject before a colon', () => {
  it('stays the description, with a clause set off by commas and any verb, not a person named before or in it', () => {
    const t =
      '“We will hold the House,” said Rep. Greg Walden. A senior GOP aide, who spoke on the condition of anonymity, ' +
      'put it more bluntly: “We are in trouble.” A Trump campaign official, speaking on background, dismissed the worry: ' +
      '“The polls are wrong.”';
    expect(who(t)).toEqual(['Greg Walden', 'a senior GOP aide', 'a Trump campaign official']);
  });

  it('leaves reported speech about a named person to that person', () => {
    const t =
      'Mitt Romney watched from Boston. A Romney adviser said the former governor texted a single word: “Unbelievable.”';
    expect(who(t)).toEqual(['Mitt Romney']);
  });
});

describe('a possessive inside a run of capitals', () => {
  it('is no part of a name: "CNN’s Jake Tapper" is Jake Tapper, "Whole Woman’s Health" nobody', () => {
    const t =
      '“Are you ready to endorse him?” asked CNN’s Jake Tapper. Ryan said he was not. ' +
      'Amy Hagstrom Miller founded the clinics. On Monday, the justices ruled for Whole Woman’s Health. “We will reopen,” she said.';
    expect(who(t)).toEqual(['Jake Tapper', 'Amy Hagstrom Miller']);
    expect(new NameIndex(t).mentions.map((m) => m.name)).not.toContain('Whole Woman’s Health');
  });
});

describe('a party word or abbreviation ending a run of capitals', () => {
  it('is no surname: "Veteran GOP", "One Democratic" and "Senate Democrats" are no people', () => {
    const t =
      'Veteran GOP strategist Steve Schmidt looks on in dismay: “This is the end of the party.” ' +
      'One Democratic fundraiser was upset. Senate Democrats rallied.';
    expect(new NameIndex(t).mentions.map((m) => m.name)).toEqual(['Steve Schmidt']);
    expect(who(t)).not.toContain('Veteran GOP');
  });
});

describe('a title in quotation marks', () => {
  it('is no person a pronoun can fall back on: “Stronger Together” is not the “she” who speaks', () => {
    const t =
      'Hillary Clinton is on a book tour this month.\n\nSales are strong in Ohio.\n\n' +
      'The new book is called “Stronger Together.” “It is a plan for all of us,” she told the crowd.';
    expect(who(t)).toEqual(['Hillary Clinton']);
  });
});
