import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { MAX_TEXT_CHARS } from '../../src/article/limits.js';
import { article } from '../helpers.js';

describe('an article longer than any news article', () => {
  it('is read up to the paragraph break before MAX_TEXT_CHARS, so later quotations are not sought', () => {
    const paragraph = 'The harbour board met again to discuss the moorings and the fees for the coming year.\n\n';
    const early = '“We will keep the fees where they are,” said Mara Quint.\n\n';
    const late = '“The fees will double,” said Otto Brandt.\n\n';
    const filler = paragraph.repeat(Math.ceil(MAX_TEXT_CHARS / paragraph.length));
    const d = buildDigest(article(`${early}${filler}${late}`, '2025-06-02', { id: 'harbour-long' }));
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Mara Quint']);
    const short = buildDigest(article(`${early}${paragraph.repeat(3)}${late}`, '2025-06-02', { id: 'harbour-short' }));
    expect(short.quotes.map((q) => q.speaker)).toEqual(['Mara Quint', 'Otto Brandt']);
  });
});
