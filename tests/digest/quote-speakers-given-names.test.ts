import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a person called by two given names, or by given name and first surname', () => {
  it('"Nur Aisyah said" is the Nur Aisyah Rahim the article named before', () => {
    const t =
      'Deputy Trade Minister Nur Aisyah Rahim opened the fair on Monday. “Exports will grow again,” Nur Aisyah said.';
    expect(who(t)).toEqual(['Nur Aisyah Rahim']);
  });

  it('"Carlos Ruiz added" is Carlos Ruiz Ferrer, as "Ruiz Ferrer said" is', () => {
    const t =
      'The mayor, Carlos Ruiz Ferrer, visited the market. “Prices are fair,” Ruiz Ferrer said. “We checked,” Carlos Ruiz added.';
    expect(who(t)).toEqual(['Carlos Ruiz Ferrer', 'Carlos Ruiz Ferrer']);
  });

  it('leaves two words alone when two people begin with them', () => {
    const t = 'Nur Aisyah Rahim and Nur Aisyah Tan both spoke. “We agree,” Nur Aisyah said.';
    expect(who(t)).toEqual(['Nur Aisyah']);
  });

  it('takes no name run on into the next sentence for a longer name (a caption without its full stop)', () => {
    const t =
      'Pictured from left: Ian Doyle, Maya Stone and Owen Pike Some of the wardens shared the post. One warden, Owen Pike, wrote under it. “We stand together,” Owen Pike said.';
    expect(who(t)).toEqual(['Owen Pike']);
  });
});
