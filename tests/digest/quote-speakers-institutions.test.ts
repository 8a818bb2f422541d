import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: "he" or "she" is never a hospital, college or newspaper', () => {
  it('goes back past the body named last to the person', () => {
    // The aside is not closed by a comma, so the sentence gives no subject to read the pronoun by.
    expect(
      speakers(
        'Helen Park, a cardiologist at Northfield General Hospital said the results were encouraging. “We now need a bigger trial,” she said.',
      ),
    ).toEqual(['Helen Park']);
    expect(
      speakers(
        'Tariq Aziz, a student at Strathclyde University said the fees had doubled. “I never expected to pay this much,” he told the Glasgow Herald.',
      ),
    ).toEqual(['Tariq Aziz']);
  });
});
