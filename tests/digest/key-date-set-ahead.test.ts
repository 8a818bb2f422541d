import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Published on 15 March 2025.
const digest = (text: string) => buildDigest(article(text, '2025-03-15'));

describe('key date: a day a past verb set ahead', () => {
  it('a trial date a judge fixed in October is next October, and the countdown goes there', () => {
    const d = digest(
      'Judge Anna Pryce fixed a trial date of 20 October and said it could last three weeks. A further hearing ' +
        'will take place on 2 May.',
    );
    expect(d.dates.find((m) => m.text.includes('20 October'))?.date).toBe('2025-10-20');
    expect(d.keyDate?.date).toBe('2025-10-20');
  });

  it('an inquest adjourned until a day when it "will" resume is ahead', () => {
    const d = digest('The coroner adjourned the hearing until 18 August, when a full inquest will take place.');
    expect(d.keyDate?.date).toBe('2025-08-18');
  });

  it('a "when" clause told as gone by, or a day set a little behind, stays behind', () => {
    expect(digest('Magistrates adjourned the case until 2 January, when he was jailed.').dates[0]?.date).toBe(
      '2025-01-02',
    );
    expect(digest('He was remanded on bail until 12 January for reports.').keyDate).toBeNull();
  });
});
