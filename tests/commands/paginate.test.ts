import { describe, expect, it } from 'vitest';
import { paginateQuotes } from '../../src/commands/paginate.js';

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
});
