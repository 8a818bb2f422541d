import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const pairs = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe('a news story ending on an interview in Q: and A: form', () => {
  const story =
    'Shares in Coldwater Mills fell 9% after a profit warning. Analyst Rhona Pettit of Yarrow Partners called it ' +
    '“a bad miss”.\n\n' +
    'INTRO\n\n' +
    'Q: Will you cut the dividend?\n\nA: Not this year. The balance sheet can carry it.\n\n' +
    'Q: Have you thought about stepping down?\n\nA: No. I have work to finish here.';

  it('gives the answers to the person the paragraph before the questions says was interviewed', () => {
    const t = story.replace(
      'INTRO',
      'In an interview with the Post, chief executive Dominic Ashe was asked about his future.',
    );
    expect(pairs(t)).toEqual([
      ['Dominic Ashe', 'Not this year. The balance sheet can carry it.'],
      ['Dominic Ashe', 'No. I have work to finish here.'],
    ]);
  });

  it('not to the interviewer named after "with"', () => {
    const t = story.replace('INTRO', 'Dominic Ashe, the chief executive, gave an interview to the Post’s Lena Ruiz.');
    expect(pairs(t).map(([who]) => who)).toEqual(['Dominic Ashe', 'Dominic Ashe']);
  });
});
