import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const STORY = [
  'Bacteria living near hot vents on the floor of the Pacific break down a common plastic several times faster than any microbe tested before, according to a study published on Wednesday in Nature.',
  'The team, led by marine biologist Ingrid Solberg of the University of Bergen, collected samples during a research cruise in October 2023 and spent more than a year growing the microbes in the lab.',
  '"We expected them to nibble at the plastic. Instead they treated it like lunch," Solberg said.',
  'The strain digested polyethylene terephthalate film in about six weeks at 60C. Other researchers cautioned that the result had been shown only in the laboratory.',
  'The researchers plan to present further results at a conference in Lisbon in September.',
].join('\n\n');

describe('a sentence from the middle of a quotation that opens with a connective', () => {
  it('is not a briefing line without the sentence it goes on from', () => {
    const { briefing } = buildDigest(article(STORY, '2025-06-11'));
    expect(briefing.length).toBeGreaterThanOrEqual(3);
    for (const line of briefing) expect(line).not.toMatch(/^["“]Instead\b/);
  });
});
