import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Published on Wednesday 8 October 2025.
const digest = (text: string) => buildDigest(article(text, '2025-10-08'));

describe('key date: a comma-set "to be tabled" or "due to open" aside', () => {
  it('reads the day as ahead and labels it as "which will open" is labelled', () => {
    const d = digest('The treasurer said the state budget, to be tabled on Friday, would raise the levy on landlords.');
    expect(d.dates[0]?.date).toBe('2025-10-10');
    expect(d.keyDate?.label).toBe('The state budget is to be tabled');
  });

  it('says "is due to open" for a thing and "are to be held" for a plural', () => {
    expect(digest('The council said the new library, due to open on Saturday, had cost £9m.').keyDate?.label).toBe(
      'The new library is due to open',
    );
    expect(
      digest('Union leaders said the talks, to be held in Leeds on 20 October, were a last chance.').keyDate?.label,
    ).toBe('The talks are to be held in Leeds');
  });

  it('leaves the reporting verb out of the noun a "which" clause is on', () => {
    expect(
      digest('The minister said the ring road, which will open on 20 October, was finished early.').keyDate?.label,
    ).toBe('The ring road will open');
  });
});
