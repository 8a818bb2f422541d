import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockTexts, startHarness, type Harness } from './harness.js';

describe('Slack adapter: a long post within Slack’s total block size', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterEach(async () => {
    await h.close();
  });

  it('goes out as several chat.postMessage calls that Slack accepts, every word kept, in order', async () => {
    const text = Array.from(
      { length: 320 },
      (_, i) => `Line ${i}: the ferry operator said the winter timetable starts in December.`,
    ).join('\n');
    const res = await h.adapter.post(
      'C0NEWS',
      { visibility: 'channel', kind: 'digest', parts: [{ title: 'Ferry report', text }] },
      'slack:C0NEWS:ferry',
    );
    const calls = h.fake.calls('chat.postMessage');
    expect(calls.map((c) => c.error)).toEqual(calls.map(() => null));
    expect(calls.length).toBeGreaterThan(1);
    expect(res.messageId).not.toBeNull();
    const posted = calls.flatMap((c) => blockTexts(c.body.blocks)).join('\n');
    expect(posted).toContain('Line 0: the ferry');
    expect(posted.indexOf('Line 319:')).toBeGreaterThan(posted.indexOf('Line 318:'));
    for (let i = 0; i < 320; i++)
      expect(posted).toContain(`Line ${i}: the ferry operator said the winter timetable starts in December.`);
  });
});
