import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('"in a fortnight\u2019s time" names no event', () => {
  it('labels the countdown with what happens, not "The time"', () => {
    const d = buildDigest(article("The town's parking charges will be reviewed in a fortnight's time.", '2025-03-12'));
    expect(d.keyDate).toMatchObject({ date: '2025-03-26', label: "The town's parking charges will be reviewed" });
    // A possessive that does name an event still labels it.
    const derby = buildDigest(article('Fans are queueing for tickets to Saturday\u2019s derby.', '2025-03-12'));
    expect(derby.keyDate).toMatchObject({ date: '2025-03-15', label: 'The derby' });
  });
});
