import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

describe('quote speakers: a pronoun for "Ms Diaz" named as an object just before', () => {
  it('"Police questioned Ms Diaz… ‘I saw nothing,’ she said" is Ms Diaz, by the full name given later', () => {
    expect(
      speakers(
        'Police questioned Ms Diaz for several hours after the fire on Canal Street. ‘I saw nothing,’ she said.\n\nRosa Diaz, 38, has lived above the unit since 2019.',
      ),
    ).toEqual(['Rosa Diaz']);
  });

  it('is that person, not the speaker quoted in an earlier paragraph', () => {
    expect(
      speakers(
        '“The roof had gone by the time we arrived,” said station manager Carl Pike.\n\nDetectives later interviewed Mr Okoye, who owns the unit. “The wiring was checked in May,” he said.\n\nSamuel Okoye bought the building in 2015.',
      ),
    ).toEqual(['Carl Pike', 'Samuel Okoye']);
  });

  it('reads two sentences back, and not past a pronoun of that kind that is the subject', () => {
    expect(
      speakers(
        'The court banned Mr Hale from contacting Ms Varga. Even that did not stop him. ‘He still follows me to work,’ she said.\n\nLena Varga has since moved to Leeds.',
      ),
    ).toEqual(['Lena Varga']);
    // "She" is someone already named, whom Ms Varga, named after her, is not.
    expect(
      speakers(
        '“We will appeal,” said Dana Holt.\n\nShe accused Ms Varga of lying. “None of it is true,” she said.\n\nLena Varga denies it.',
      ),
    ).toEqual(['Dana Holt', 'Dana Holt']);
  });
});
