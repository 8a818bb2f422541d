import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: where a defendant lives is left out, as an age is', () => {
  it('"Joel Marsh, of no fixed abode, will appear before…" names the court', () => {
    expect(label('Joel Marsh, of no fixed abode, will appear before Exeter Magistrates’ Court on 10 March.')).toBe(
      'Joel Marsh will appear before Exeter Magistrates’ Court',
    );
  });

  it('an address after an age, and a town, go too', () => {
    expect(
      label('Kayleigh Dunn, 27, of Orchard Way, Taunton, is due to appear at Taunton Crown Court on 21 March.'),
    ).toBe('Kayleigh Dunn due to appear at Taunton Crown Court');
    expect(label('Priya Lal, from Swindon, will run the Bath half marathon on 16 March.')).toBe(
      'Priya Lal will run the Bath half marathon',
    );
  });
});
