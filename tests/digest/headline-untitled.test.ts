import { describe, expect, it } from 'vitest';
import { briefingAfterHeadline, buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('the headline of an article that comes without a title', () => {
  it('is not a teaser that opens with a pronoun, but the sentence that says who', () => {
    const text = [
      'They queued from dawn for the last loaf.',
      '',
      'Hundreds of people lined Mill Street in Ashby on Saturday as the town’s oldest bakery closed after 140 years.',
      '',
      'Owner Jean Platt, 71, said rising energy bills had made the ovens too costly to run.',
      '',
      'The building has been sold to a developer.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-03-08'));
    expect(d.headline).toMatch(/^Hundreds of people lined Mill Street/);
    // The headline's sentence is not repeated as the first line under it.
    expect(briefingAfterHeadline(d)[0]).not.toMatch(/^Hundreds of people/);
  });

  it('is still a lead that names its subject', () => {
    const text = [
      'The town’s oldest bakery closed on Saturday after 140 years.',
      '',
      'It had been run by the same family since 1885.',
      '',
      'Owner Jean Platt, 71, said rising energy bills had made the ovens too costly to run.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-03-08')).headline).toBe(
      'The town’s oldest bakery closed on Saturday after 140 years',
    );
  });
});
