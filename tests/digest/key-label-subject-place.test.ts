import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a long label drops the named body after its subject', () => {
  it('keeps who acts and what they do, without the body they belong to', () => {
    expect(
      label('Bus drivers in the Northern Federation of Road and Transport Workers will walk out on Friday 7 March.'),
    ).toBe('Bus drivers will walk out');
  });

  it('leaves a short label as it is', () => {
    expect(label('Nurses at Ashby General will strike on Friday 7 March.')).toBe('Nurses at Ashby General will strike');
  });
});
