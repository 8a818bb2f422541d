import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: a nationality in place of the name', () => {
  it('"the Finn said", "said the Kenyan" are the person just named', () => {
    expect(
      speakers('Harbour City coach Mikko Laine was calm after the draw. “We will be better next week,” the Finn said.'),
    ).toEqual(['Mikko Laine']);
    expect(
      speakers(
        'Grace Wanjiru won the women’s race in a course record. “The wind helped me at the end,” said the Kenyan.',
      ),
    ).toEqual(['Grace Wanjiru']);
    expect(
      speakers('Lars Dahl finished fourth on his debut. “I learned a lot today,” the Swede told reporters.'),
    ).toEqual(['Lars Dahl']);
    expect(
      speakers('Tom Latham hit a century in Hamilton. “It was a good pitch to bat on,” the New Zealander said.'),
    ).toEqual(['Tom Latham']);
  });
});
