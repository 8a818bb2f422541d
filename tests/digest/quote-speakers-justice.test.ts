import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

describe('"the judge said" after a judge named "Justice …"', () => {
  it('is that judge, as a court report in India or Australia names one', () => {
    const q = extractQuotes(
      'Justice Meera Pillai heard the petition on Tuesday. Advocate Rohan Das appeared for the ferry company. ' +
        '“A ferry is a public service, not a private club,” the judge said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Meera Pillai']);
  });

  it('is not someone named with the Justice Secretary’s office', () => {
    const q = extractQuotes(
      'Justice Secretary Tom Wade visited the court on Tuesday. “A ferry is a public service,” the judge said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the judge']);
  });
});
