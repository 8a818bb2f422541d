import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a bare noun before a modal', () => {
  it('labels with the clause a noun and its modal open', () => {
    expect(label('“The pitch has dried out well, and racing will resume on 12 March,” the course said.')).toBe(
      'Racing will resume',
    );
    expect(label('If the board agrees, ferries could sail again as soon as 20 March, the operator said.')).toBe(
      'Ferries could sail again',
    );
  });

  it('does not open a label on a bare quantity or a relative word', () => {
    expect(label('Two lorries of aid reached the town on Monday, and more will arrive on 12 March.')).not.toBe(
      'More will arrive',
    );
  });
});
