import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a trailing "with … to be played" only times the opening clause', () => {
  it('labels what the opening clause says will happen', () => {
    expect(
      label(
        'Bath will meet Exeter in the cup semi-final, the draw showed on Monday, with the game to be played on 29 March.',
      ),
    ).toBe('Bath will meet Exeter in the cup semi-final');
  });

  it('leaves a sentence whose opening clause tells of no future', () => {
    expect(label('Bath beat Exeter on Saturday, with the replay to be played on 29 March.')).not.toBe(
      'Bath beat Exeter',
    );
  });
});
