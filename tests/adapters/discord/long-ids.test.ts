import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedText, harness, interact, type Harness } from './harness.js';

// Two ids longer than Discord's 100-character choice limit that share their first 110 characters.
const START = `2024-11-20-${'the-long-running-dispute-over-the-harbour-bridge-repairs-'.repeat(2)}`.slice(0, 110);
const BUS = `${START}-bus-drivers-vote-to-strike-over-pay`;
const FERRY = `${START}-ferry-crews-accept-the-pay-offer-at-last`;
const article = (title: string) => `title: ${title}\ndate: 2024-11-20\n\n${title}. It was decided on Tuesday.\n`;

let h: Harness;
beforeAll(async () => {
  h = await harness({
    articles: {
      [`${BUS}.txt`]: article('Bus drivers vote to strike over pay'),
      [`${FERRY}.txt`]: article('Ferry crews accept the pay offer'),
    },
  });
}, 15_000);
afterAll(async () => h?.close(), 10_000);

describe('Discord autocomplete: ids longer than a choice may be', () => {
  it('offers two long ids as two different choices, each of which opens its own article', {
    timeout: 15_000,
  }, async () => {
    const a = await interact(h, h.fake.autocomplete('digest', { article: START.slice(0, 30) }, 'article'));
    const data = a.callbacks[0]?.data as { choices?: Array<{ name: string; value: string }> } | undefined;
    const choices = data?.choices ?? [];
    expect(choices).toHaveLength(2);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((c) => c.name)).size).toBe(2);
    expect(choices.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/….*strike-over-pay$/),
        expect.stringMatching(/….*offer-at-last$/),
      ]),
    );
    for (const [choice, title] of [
      [choices.find((c) => c.value.endsWith('over-pay')), 'Bus drivers vote to strike over pay'],
      [choices.find((c) => c.value.endsWith('at-last')), 'Ferry crews accept the pay offer'],
    ] as const) {
      const it = await interact(h, h.fake.chatInput('digest', { article: choice?.value ?? '' }));
      expect(embedText(it.original?.body)).toContain(title);
    }
  });
});
