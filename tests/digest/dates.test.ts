import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, date: string | null = '2024-11-24') =>
  buildDigest(article(text, date)).dates.map((d) => ({ text: d.text, date: d.date, role: d.role }));

describe('dates', () => {
  it('resolves against the publication date, not today', () => {
    expect(datesOf('On 21 November, Russia struck Dnipro.')).toEqual([{ text: 'On 21 November', date: '2024-11-21', role: 'mention' }]);
    expect(datesOf('He wants it done by 20 January next year.')).toEqual([{ text: '20 January next year', date: '2025-01-20', role: 'deadline' }]);
  });

  it('uses tense for weekdays and yearless dates', () => {
    expect(datesOf('The vote will take place on Friday.')[0]?.date).toBe('2024-11-29');
    expect(datesOf('The minister resigned on Friday.')[0]?.date).toBe('2024-11-22');
    expect(datesOf('The summit will be held on 3 November.')[0]?.date).toBe('2025-11-03');
  });

  it('resolves relative days and marks the publication day', () => {
    expect(datesOf('Officials said yesterday that talks failed.')[0]?.date).toBe('2024-11-23');
    expect(datesOf('The report was published today.')[0]).toMatchObject({ date: '2024-11-24', role: 'published' });
  });

  it('keeps only full days: months, years and times alone are not dates', () => {
    expect(datesOf('In January 2025 prices rose. At 5pm it rained. In 2023 it snowed.')).toEqual([]);
  });

  it('without a publication date keeps only dates that carry their year', () => {
    expect(datesOf('It happened yesterday. The law took effect on 1 March 2020.', null).map((d) => d.date)).toEqual(['2020-03-01']);
  });

  it('marks scheduled future dates as events', () => {
    expect(datesOf('The inauguration is scheduled for 20 January 2025.')[0]?.role).toBe('event');
  });
});
