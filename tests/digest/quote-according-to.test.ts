import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const quotes = (text: string) => extractQuotes(text).map((q) => [q.speaker, q.text]);

describe('quotes: "According to …, “…”"', () => {
  it('an unnamed source is the speaker, not the person quoted before', () => {
    const text =
      'Mayor Dana Whitlock opened the bridge on Friday. “It took eleven years,” she said.\n\n' +
      'According to a council engineer, “the bearings on the east side will need replacing within five years or so”.';
    expect(quotes(text)).toEqual([
      ['Dana Whitlock', 'It took eleven years'],
      ['a council engineer', 'the bearings on the east side will need replacing within five years or so'],
    ]);
  });

  it('a document named as the source is the speaker', () => {
    const text =
      '“We are proud of our schools,” said Cllr Omar Haddad.\n\n' +
      'According to the inspectors’ final report, “leadership at every level has been weak for a decade and more”.';
    expect(quotes(text).map(([who]) => who)).toEqual(['Omar Haddad', 'the inspectors’ final report']);
  });

  it('a short quotation in lower case after "according to" and a name is a quotation', () => {
    const text =
      'Analyst Fiona Grady of Hartwell Securities has followed the company for a decade.\n\n' +
      'According to Grady, “the real question is whether the dividend survives the year”.';
    expect(quotes(text)).toEqual([['Fiona Grady', 'the real question is whether the dividend survives the year']]);
  });

  it('a scare quote after "according to" inside a sentence stays out', () => {
    const text = 'According to Grady, the “turnaround” has not yet started.';
    expect(quotes(text)).toEqual([]);
  });
});
