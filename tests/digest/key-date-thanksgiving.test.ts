import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const digest = (text: string) => buildDigest(article(text, '2025-03-14', { title: 'Village mourns its baker' }));

describe('key date: a service of thanksgiving is no US holiday', () => {
  it('counts down to the service day, not to late November', () => {
    const d = digest(
      'Tom Reddaway ran the bakery on Mill Lane for 50 years. The Rev Ann Cole will lead a service of thanksgiving at All Saints Church on March 28.',
    );
    expect(d.keyDate?.date).toBe('2025-03-28');
    expect(d.dates.map((x) => x.date)).toEqual(['2025-03-28']);
  });

  it('reads a capitalised Service of Thanksgiving the same way, and still knows Thanksgiving', () => {
    const d = digest('A Service of Thanksgiving for his life will be held at the abbey on April 2.');
    expect(d.keyDate?.date).toBe('2025-04-02');
    const us = buildDigest(
      article('Stores will open early the day after Thanksgiving.', '2025-11-20', { title: 'Sales' }),
    );
    expect(us.dates.some((x) => x.date.startsWith('2025-11-2'))).toBe(true);
  });
});
