import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';

describe('a "title:" label on the title line above a "date:" line', () => {
  it('is not part of the headline', () => {
    const t = 'title: Council to vote on rental inspections\ndate: 2025-11-05\n\nThe council meets next Tuesday.';
    const a = parseArticle(t, 'x');
    expect(a).toMatchObject({ title: 'Council to vote on rental inspections', date: '2025-11-05' });
    expect(a.text.trim()).toBe('The council meets next Tuesday.');
    expect(parseArticle('Headline - Storm closes ferry routes\nDate: 2025-10-29\n\nNo ferries.', 'x').title).toBe(
      'Storm closes ferry routes',
    );
  });

  it('leaves a title that only starts with the word', () => {
    const t = 'Title fight set for Saturday\ndate: 2025-11-05\n\nThe bout is on.';
    expect(parseArticle(t, 'x').title).toBe('Title fight set for Saturday');
  });
});
