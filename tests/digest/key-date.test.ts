import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('key date', () => {
  it('prefers a future deadline or event over a past mention', () => {
    const d = buildDigest(
      article('On 1 November the talks began. The parties must agree by 15 December. Officials met on 20 November.'),
    );
    expect(d.keyDate?.date).toBe('2024-12-15');
    expect(d.keyDate?.sentence).toBe('The parties must agree by 15 December.');
  });

  it('labels a scheduled event by its subject', () => {
    const d = buildDigest(
      article('The referendum on independence is scheduled for 2 March 2025. Campaigns began on 1 November.'),
    );
    expect(d.keyDate).toMatchObject({ date: '2025-03-02', label: 'Referendum on independence' });
  });

  it('is null when every date has passed, and the front matter wins', () => {
    expect(buildDigest(article('Officials met on 20 November.')).keyDate).toBeNull();
    const d = buildDigest(
      article('The summit is scheduled for 2 March 2025.', '2024-11-24', {
        keyDate: { date: '2025-06-01', label: 'Override' },
      }),
    );
    expect(d.keyDate).toMatchObject({ date: '2025-06-01', label: 'Override' });
  });
});
