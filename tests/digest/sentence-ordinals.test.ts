import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { splitSentences } from '../../src/digest/sentences.js';
import { article } from '../helpers.js';

describe('a sentence that ends on an ordinal day', () => {
  it('ends there: "the 21st." is no "St." abbreviation', () => {
    const t =
      'The memorial will be held in Jos on the 21st. She is survived by her husband. It rained on the 3rd. St. Luke’s bell tolled.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The memorial will be held in Jos on the 21st.',
      'She is survived by her husband.',
      'It rained on the 3rd.',
      'St. Luke’s bell tolled.',
    ]);
    expect(splitSentences('He lives at 5 St. Mark’s Road.').map((s) => s.text)).toEqual([
      'He lives at 5 St. Mark’s Road.',
    ]);
  });

  it('keeps the day ahead, not pulled back a month by the next sentence’s past verb', () => {
    const d = buildDigest(
      article(
        'The poet Ada Nwosu has died at 88, her family said. Her funeral will take place in Jos on the 21st. She is survived by two sons.',
        '2025-03-04',
      ),
    );
    expect(d.dates.map((x) => [x.text, x.date])).toEqual([['the 21st', '2025-03-21']]);
    expect(d.keyDate?.date).toBe('2025-03-21');
    expect(d.keyDate?.sentence).toBe('Her funeral will take place in Jos on the 21st.');
  });
});
