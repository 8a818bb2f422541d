import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const JUNE = '2025-06-30';
const digestOf = (text: string, title: string | null = null) => buildDigest(article(text, JUNE, { title }));
const daysOf = (text: string) => digestOf(text).dates.map((d) => [d.text, d.date]);

describe('whose Independence Day a story means', () => {
  it('is the country named beside it', () => {
    expect(daysOf("The parade marks India's Independence Day.")).toEqual([['Independence Day', '2025-08-15']]);
    expect(daysOf('Fireworks are banned for Independence Day in Mexico.')).toEqual([
      ['Independence Day', '2025-09-16'],
    ]);
    expect(daysOf("Accra will host Ghana's 69th Independence Day parade.")).toEqual([
      ['Independence Day', '2026-03-06'],
    ]);
  });

  it('is the country the article is about when the sentence names none', () => {
    const text =
      'The Prime Minister will address the nation from the Red Fort on Independence Day. ' +
      'Security across New Delhi has been raised, and India has invited foreign leaders. ' +
      'Schools across India will hold flag ceremonies.';
    expect(daysOf(text)).toEqual([['Independence Day', '2025-08-15']]);
    const digest = digestOf(text, 'Red Fort readies for Independence Day');
    expect(digest.keyDate?.date).toBe('2025-08-15');
  });

  it('stays the Fourth of July in an American story, or one naming no country', () => {
    expect(daysOf('The town will hold its fireworks show on Independence Day.')).toEqual([
      ['Independence Day', '2025-07-04'],
    ]);
    const american =
      'Americans will travel in record numbers for Independence Day, AAA said. ' +
      'Gas prices across the United States are lower than last year. ' +
      'One restaurant chain is offering an Indian menu.';
    expect(daysOf(american)).toEqual([['Independence Day', '2025-07-04']]);
  });
});
