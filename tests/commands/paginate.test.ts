import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_PARTS, paginateQuotes, quoteParts } from '../../src/commands/paginate.js';

describe('quote pagination', () => {
  const sentence = (i: number) =>
    `This is sentence number ${i} of a very long statement that the minister made at length.`;
  const long = Array.from({ length: 80 }, (_, i) => sentence(i)).join(' ');

  it('groups by speaker and keeps every quote across pages', () => {
    const quotes = [
      { text: long, speaker: 'Ann Lee', start: 0, end: 1 },
      { text: 'Short one.', speaker: 'Bo Chan', start: 2, end: 3 },
      { text: 'Another.', speaker: 'Ann Lee', start: 4, end: 5 },
    ];
    const pages = paginateQuotes(quotes, 2500);
    expect(pages.length).toBeGreaterThan(1);
    const flat = pages.flat();
    const annText = flat.filter((g) => g.speaker === 'Ann Lee').flatMap((g) => g.quotes);
    // One quotation in pieces: each piece but the last ends with "…", each but the first begins with it.
    const pieces = annText.slice(0, -1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.slice(0, -1).every((p) => p.endsWith(' …'))).toBe(true);
    expect(pieces.slice(1).every((p) => p.startsWith('… '))).toBe(true);
    expect(pieces.map((p) => p.replace(/^… | …$/g, '')).join(' ')).toBe(long);
    expect(annText.at(-1)).toBe('Another.');
    expect(flat.filter((g) => g.speaker === 'Bo Chan').flatMap((g) => g.quotes)).toEqual(['Short one.']);
    for (const page of pages) expect(page.reduce((n, g) => n + g.quotes.join('').length, 0)).toBeLessThanOrEqual(2500);
  });

  it('shows a quotation a speaker repeats word for word once, with how many times', () => {
    const chant = { text: 'Not one more day!', speaker: 'Marchers', start: 0, end: 1 };
    const quotes = [
      chant,
      { ...chant, start: 5 },
      { text: 'We are tired.', speaker: 'Ann Lee', start: 9, end: 10 },
      chant,
    ];
    expect(paginateQuotes(quotes)).toEqual([
      [
        { speaker: 'Marchers', quotes: ['Not one more day!'], times: [3] },
        { speaker: 'Ann Lee', quotes: ['We are tired.'] },
      ],
    ]);
  });

  it('answers with at most ten messages and says how many quotations were left out', () => {
    const quotes = Array.from({ length: 600 }, (_, i) => ({
      text: `Point ${i} of the plan is one the council will have to find money for.`,
      speaker: 'Ann Lee',
      start: i,
      end: i + 1,
    }));
    const parts = quoteParts('Quotes: Budget', quotes, null);
    expect(parts).toHaveLength(MAX_QUOTE_PARTS);
    expect(parts.at(-1)?.title).toBe(`Quotes: Budget (${MAX_QUOTE_PARTS}/${MAX_QUOTE_PARTS})`);
    const shown = parts.flatMap((p) => p.quotes ?? []).reduce((n, g) => n + g.quotes.length, 0);
    expect(parts.at(-1)?.footer).toBe(
      `${600 - shown} more quotations not shown: add speaker:NAME to see one speaker's.`,
    );
    // Asked by speaker already, and past the quotations a digest reads: no advice that cannot help, and a floor.
    const capped = quoteParts('Quotes by Ann Lee', quotes, null, { capped: true, bySpeaker: true });
    expect(capped.at(-1)?.footer).toBe(
      `At least ${600 - shown} more quotations not shown; only the article’s first 1000 quotations are read.`,
    );
    expect(parts.slice(0, -1).every((p) => p.footer === undefined)).toBe(true);
  });
});
