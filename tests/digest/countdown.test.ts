import { describe, expect, it } from 'vitest';
import { countdown } from '../../src/digest/countdown.js';

const key = { date: '2025-01-20', label: 'Inauguration', sentence: '' };

describe('countdown', () => {
  it('counts whole days, upcoming, today and passed', () => {
    expect(countdown(key, new Date('2025-01-19T23:59:59Z'))).toMatchObject({ days: 1, status: 'upcoming' });
    expect(countdown(key, new Date('2025-01-20T00:00:00Z'))).toMatchObject({ days: 0, status: 'today' });
    expect(countdown(key, new Date('2025-01-20T23:59:59Z'))).toMatchObject({ days: 0, status: 'today' });
    expect(countdown(key, new Date('2025-01-21T00:00:00Z'))).toMatchObject({
      days: 1,
      status: 'passed',
      text: 'Passed 1 day ago: Inauguration (2025-01-20)',
    });
  });

  it('counts in the reader’s time zone across the day boundary', () => {
    const now = new Date('2025-01-19T23:30:00Z');
    expect(countdown(key, now, 'UTC')?.days).toBe(1);
    expect(countdown(key, now, 'Europe/Kyiv')).toMatchObject({ days: 0, status: 'today' }); // 01:30 on the 20th in Kyiv
    expect(countdown(key, new Date('2025-01-20T03:00:00Z'), 'America/New_York')).toMatchObject({
      days: 1,
      status: 'upcoming',
    });
  });

  it('never rolls over to another year', () => {
    expect(countdown(key, new Date('2026-11-26T12:00:00Z'))).toMatchObject({ days: 675, status: 'passed' });
  });

  it('is null without a key date', () => {
    expect(countdown(null, new Date())).toBeNull();
  });
});

describe('a key date that has passed', () => {
  it('tells a label written before the day as the plan it was', () => {
    const at = (label: string) =>
      countdown({ date: '2025-01-20', label, sentence: '' }, new Date('2025-02-01T12:00:00Z'))?.text;
    expect(at('A funeral service will be held')).toBe(
      'Passed 12 days ago: A funeral service would be held (2025-01-20)',
    );
    expect(at('The ballots are due back')).toBe('Passed 12 days ago: The ballots were due back (2025-01-20)');
    expect(at('The vote is scheduled')).toBe('Passed 12 days ago: The vote was scheduled (2025-01-20)');
    expect(at('Tenants must renew their permits')).toBe(
      'Passed 12 days ago: Tenants had to renew their permits (2025-01-20)',
    );
    expect(at('Inauguration of the new US president')).toBe(
      'Passed 12 days ago: Inauguration of the new US president (2025-01-20)',
    );
    // Still ahead, it reads as written.
    expect(
      countdown({ date: '2025-01-20', label: 'The vote is scheduled', sentence: '' }, new Date('2025-01-10T12:00:00Z'))
        ?.text,
    ).toBe('10 days to go: The vote is scheduled (2025-01-20)');
  });
});
