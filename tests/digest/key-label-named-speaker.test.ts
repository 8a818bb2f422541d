import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2024-10-20')).keyDate?.label;

describe('a countdown label that opens "He will…" or "She will…"', () => {
  it('names the speaker of the sentence before', () => {
    expect(
      label(
        'Arif Santoso was sworn in as governor on Sunday. “I will serve every island,” Santoso told the assembly. He will name his cabinet on Monday.',
      ),
    ).toBe('Santoso will name his cabinet');
    expect(
      label(
        'The new mayor took office on Sunday. Dewi Lestari said the budget was sound. She will present it on Tuesday.',
      ),
    ).toBe('Dewi Lestari will present it');
  });

  it('is left as it is when the sentence before names no speaker', () => {
    expect(
      label('The new mayor took office on Sunday. The crowd cheered. She will present the budget on Tuesday.'),
    ).toBe('She will present the budget');
  });
});
