import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-11-05')).keyDate?.label;

describe('key date label: a subject with another name set beside it', () => {
  it('leaves ", locally known as …," out, as it does ", which formed …,"', () => {
    expect(label('Cyclone Mira, locally known as Amihan, is expected to make landfall on Saturday.')).toBe(
      'Cyclone Mira expected to make landfall',
    );
    expect(label('The new footbridge, dubbed the Silver Ribbon, is due to open on 20 November.')).toBe(
      'New footbridge due to open',
    );
  });

  it('leaves it out when the comma after the name is missing', () => {
    expect(label('Cyclone Mira, locally known as Amihan is expected to make landfall on Saturday.')).toBe(
      'Cyclone Mira expected to make landfall',
    );
    expect(label('Cyclone Mira, also known as Amihan will reach the coast on Saturday.')).toBe(
      'Cyclone Mira will reach the coast',
    );
  });
});
