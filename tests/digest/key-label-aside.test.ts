import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a comma-set aside on the subject is left out', () => {
  it('leaves out a "where" aside', () => {
    expect(
      label(
        'Residents of the valley, where the river burst its banks last year, will get new flood gates on 20 March.',
      ),
    ).toBe('Residents of the valley will get new flood gates');
  });

  it('leaves out a participle aside that opens on an adverb', () => {
    expect(label('The new ferry, first ordered in 2019, will finally sail on 20 March.')).toBe(
      'The new ferry will finally sail',
    );
    expect(label('The bypass, long promised by ministers, will open on 20 March.')).toBe('The bypass will open');
  });

  it('leaves out an age after a name, with or without an aside after it', () => {
    expect(label('Mary Stone, 47, who ran the charity for a decade, will be sentenced on 20 March.')).toBe(
      'Mary Stone will be sentenced',
    );
    expect(label('Peter Lyle, 52, will be sentenced at Leeds Crown Court on 20 March.')).toBe(
      'Peter Lyle will be sentenced at Leeds Crown Court',
    );
  });

  it('leaves out a name set beside a title, not a name in a list', () => {
    expect(label("The club's new manager, Ana Ruiz Soto, will take charge on 20 March, the club said.")).toBe(
      "The club's new manager will take charge",
    );
    expect(label('The ministers of Spain, Italy and Greece, France and Portugal will meet on 20 March.')).toContain(
      'Portugal',
    );
  });
});
