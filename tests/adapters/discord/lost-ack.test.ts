import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedText, harness, interact, type Harness } from './harness.js';

const CHANNEL = '200000000000000031';

let h: Harness;
beforeAll(async () => {
  h = await harness();
}, 15_000);
afterAll(async () => h?.close(), 10_000);

describe('Discord: the deferral was taken but its answer was lost', () => {
  it('/countdown still gets its answer: the retry’s "already acknowledged" means the deferral is there', {
    timeout: 15_000,
  }, async () => {
    // Discord takes the deferral and then answers 503 (the response lost on the way): discord.js
    // retries, and Discord answers the retry with 40060 "Interaction has already been acknowledged".
    h.fake.plan('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, [{ status: 503, afterCommit: true }]);
    const it = await interact(h, h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
    expect(it.callbacks).toHaveLength(1);
    expect(embedText(it.original?.body)).toContain('57 days to go');
    expect(it.original?.flags).toBe(0);
  });
});
