import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const speakers = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('honorifics of Nigerian, Malaysian and Indian copy', () => {
  it('are no part of the name', () => {
    expect(speakers('“The fuel queues will be gone by Friday,” said union chairman Alhaji Musa Danjuma.')).toEqual([
      'Musa Danjuma',
    ]);
    expect(speakers('“The port will reopen,” Shri Vikram Joshi told reporters.')).toEqual(['Vikram Joshi']);
  });

  it('do not keep a first name from its full name', () => {
    expect(
      speakers(
        'Transport Minister Datuk Seri Hafiz Rahman opened the terminal on Monday. “The ferry is for everyone,” Hafiz said.',
      ),
    ).toEqual(['Hafiz Rahman']);
  });

  it('leave "Sri" and "Tan" in names, as they are names too', () => {
    expect(speakers('“Growth will slow,” said economist Tan Mei Hua.')).toEqual(['Tan Mei Hua']);
    expect(speakers('“Growth will slow,” said Sri Wahyuni, an economist.')).toEqual(['Sri Wahyuni']);
  });
});
