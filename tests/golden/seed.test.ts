import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/article/load.js';
import { digestAt } from '../../src/digest/index.js';

const seed = readArticleFile('digests/2024-11-24-kursk.txt');

describe('the seed article (golden facts)', () => {
  const d = digestAt(seed, new Date('2024-11-24T12:00:00Z'));

  it('reads the date header and the id', () => {
    expect(d.article).toMatchObject({ id: '2024-11-24-kursk', date: '2024-11-24' });
    expect(seed.text.startsWith('Russian leader Vladimir Putin')).toBe(true);
  });

  it('finds 20 January 2025 as the key date, about the inauguration or the Kursk deadline', () => {
    expect(d.keyDate?.date).toBe('2025-01-20');
    expect(d.keyDate?.label).toMatch(/inauguration|kursk|deadline/i);
    expect(d.countdown).toMatchObject({ days: 57, status: 'upcoming' });
  });

  it('has exactly two quotes, both whole and both by Volodymyr Zelenskyy', () => {
    expect(d.quotes).toHaveLength(2);
    const [first, second] = d.quotes;
    expect(first?.speaker).toBe('Volodymyr Zelenskyy');
    expect(second?.speaker).toBe('Volodymyr Zelenskyy');
    expect(first?.text.startsWith('For Putin, driving us out of Kursk Oblast is paramount.')).toBe(true);
    expect(first?.text.endsWith('he does not actually control')).toBe(true);
    expect(second?.text.startsWith('We intercepted a communication')).toBe(true);
    expect(second?.text.endsWith('the Kursk campaign')).toBe(true);
    expect(second?.text).toContain('‘special military operation’');
    for (const q of d.quotes) expect(seed.text.slice(q.start, q.end)).toContain(q.text.slice(0, 40));
  });

  it('resolves "On 21 November" to 2024-11-21 and "20 January next year" to 2025-01-20', () => {
    expect(d.dates.find((x) => x.text === 'On 21 November')?.date).toBe('2024-11-21');
    expect(d.dates.find((x) => x.text === '20 January next year')?.date).toBe('2025-01-20');
    for (const x of d.dates) expect(seed.text.slice(x.start, x.end)).toBe(x.text);
  });

  it('briefs in 3–5 of the article’s own sentences that mention Kursk', () => {
    expect(d.briefing.length).toBeGreaterThanOrEqual(3);
    expect(d.briefing.length).toBeLessThanOrEqual(5);
    for (const item of d.briefing) expect(seed.text).toContain(item);
    expect(d.briefing.join(' ')).toContain('Kursk');
  });

  it('says the deadline passed 675 days ago on 2026-11-26', () => {
    const later = digestAt(seed, new Date('2026-11-26T12:00:00Z'));
    expect(later.countdown).toMatchObject({ days: 675, status: 'passed' });
    expect(later.countdown?.text).toMatch(/^Passed 675 days ago: .*\(2025-01-20\)$/);
  });
});
