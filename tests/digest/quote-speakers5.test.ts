import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a subject before a colon, right after another quotation', () => {
  it('is the speaker, not the one who spoke before: "“A.” Her running mate, Tim Kaine, had a different take: “B.”"', () => {
    const t =
      'Hillary Clinton spoke in Tampa. “We are going to win Florida,” she said. “Count on it.” Her running mate, Tim Kaine, ' +
      'had a different take: “Florida is always close.” Clinton campaign spokesman Brian Fallon was more cautious: “It will be a long night.”';
    expect(who(t)).toEqual(['Hillary Clinton', 'Tim Kaine', 'Brian Fallon']);
  });
});
