import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

describe('a lower-case quotation after a new sentence that names another source', () => {
  it('is a quotation of its own, not the end of the one before', () => {
    const q = extractQuotes(
      '“We will not raise the ferry fares this year,” Ahmad Zaki said in a statement. ' +
        'According to Siti Rahman, “the night crossings will be cut from June.”',
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['We will not raise the ferry fares this year', 'Ahmad Zaki'],
      ['the night crossings will be cut from June.', 'Siti Rahman'],
    ]);
  });

  it('still joins one quotation interrupted inside its sentence', () => {
    const q = extractQuotes(
      'Ahmad Zaki spoke on Monday. “We will not raise fares,” he said on Monday, “but we will cut crossings.”',
    );
    expect(q.map((x) => x.text)).toEqual(['We will not raise fares, but we will cut crossings.']);
  });
});
