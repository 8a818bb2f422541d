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

describe('key date label: a "with" phrase on a participle reads as a clause', () => {
  it('writes "with the new store opening" as "The new store opens"', () => {
    expect(label('Shoppers have been told to expect queues, with the new store opening on 20 March.')).toBe(
      'The new store opens',
    );
    expect(label('Members are voting on the offer, with the ballot closing on 20 March.')).toBe('The ballot closes');
  });
});
