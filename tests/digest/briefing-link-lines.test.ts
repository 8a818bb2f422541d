import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('a line that links to another piece', () => {
  const news = [
    'The county council has dropped its plan to close 14 village libraries after a year of protests.',
    'Councillors voted on Thursday to keep every branch open until at least 2028 while volunteers are recruited.',
    '%LINK%',
  ];
  it('is no briefing line, even when it ends as a sentence does', () => {
    for (const link of [
      'Explainer: How many libraries have closed since 2010?',
      'Analysis: Why councils are running out of money.',
      'Timeline: How the library row unfolded.',
      'Q&A: What happens to my library card?',
    ]) {
      const d = buildDigest(article(news.join('\n\n').replace('%LINK%', link), '2025-08-01'));
      expect(d.briefing.join('\n'), link).not.toContain(link.slice(0, link.indexOf(':')));
    }
  });
});
