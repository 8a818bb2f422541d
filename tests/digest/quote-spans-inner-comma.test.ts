import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

describe('quote text: a quotation inside one, cut by the attribution', () => {
  it('ends its sentence with a full stop inside the inner mark, as a plain part does', () => {
    const [q] = extractQuotes(
      '“I warned them, ‘If you close the ward, people will die,’” Dr Lena Shaw said. “Nobody replied.”',
    );
    expect(q?.text).toBe('I warned them, ‘If you close the ward, people will die.’ Nobody replied.');
    expect(q?.speaker).toBe('Lena Shaw');
  });
});
