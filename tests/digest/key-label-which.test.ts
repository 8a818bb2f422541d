import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: a "which" or "who" clause that holds the day', () => {
  it('labels with what the clause says its noun does on the day', () => {
    expect(
      label('Fans have bought 20,000 tickets for the city marathon, which starts at the harbour on 16 March.'),
    ).toBe('The city marathon starts at the harbour');
    expect(
      label('The club named a new captain for their tour of Japan, which begins with a match in Osaka on 22 March.'),
    ).toBe('Their tour of Japan begins with a match in Osaka');
    expect(label('Ministers praised the head of the inquiry, who will report on 20 March.')).toBe(
      'The head of the inquiry will report',
    );
  });

  it('labels with the name alone when the clause only says the day falls then', () => {
    expect(label('Shops stayed busy ahead of Carnival, which falls on Tuesday.')).toBe('Carnival');
  });

  it('leaves a clause whose own subject acts on the noun as it was', () => {
    expect(label('The council backed a tax on second homes, which the mayor will sign on 20 March.')).toBe(
      'The council backed a tax on second homes, which the mayor will sign on 20 March',
    );
  });
});
