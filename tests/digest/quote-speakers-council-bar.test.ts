import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a council member or an advocate named with the rank before the name', () => {
  it('credits the person, not the rank with the name', () => {
    const t =
      '“Families are living with no working smoke alarms,” said Councilmember Ines Marlow, who wrote the measure.\n\n' +
      '“We will not be rushed into this,” said Councilor Dev Patel.\n\n' +
      'Senior Advocate Rohan Desai, for the traders, opposed the request. “Every week the shops stay shut costs jobs,” he said.';
    expect(who(t)).toEqual(['Ines Marlow', 'Dev Patel', 'Rohan Desai']);
  });
});
