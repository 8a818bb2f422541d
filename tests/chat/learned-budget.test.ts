import { afterEach, describe, expect, it, vi } from 'vitest';
import { LearnedBudget } from '../../src/chat/learned-budget.js';

afterEach(() => {
  vi.useRealTimers();
});

class TooMany extends Error {}
const refusedForRate = (err: unknown) => err instanceof TooMany;

/**
 * A platform that accepts `limit` requests per fixed second and refuses the rest for their rate;
 * `sent` holds the time of every request that reached it.
 */
function platform(limit: number) {
  const sent: number[] = [];
  let second = -1;
  let count = 0;
  return {
    sent,
    call: async () => {
      const t = Date.now();
      sent.push(t);
      if (Math.floor(t / 1000) !== second) [second, count] = [Math.floor(t / 1000), 0];
      if (count >= limit) throw new TooMany('rate limited');
      count++;
    },
  };
}

describe('LearnedBudget', () => {
  it('paces nothing until the platform refuses a request for its rate', async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = new LearnedBudget(refusedForRate);
    const p = platform(1000);
    await Promise.all(Array.from({ length: 200 }, (_, i) => budget.run(`C${i}`, p.call)));
    expect(p.sent).toHaveLength(200);
    expect(new Set(p.sent)).toEqual(new Set([0]));
    expect(budget.perWindow).toBeNull();
  });

  it('after a refusal, holds each window to what the platform had just accepted', async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = new LearnedBudget(refusedForRate, { windowMs: 1000 });
    const p = platform(5);
    // Retried after a second when refused, as Retry-After asks.
    const post = async (key: string): Promise<void> => {
      for (;;) {
        try {
          return await budget.run(key, p.call);
        } catch (err) {
          if (!(err instanceof TooMany)) throw err;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    };
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => post(`C${i}`)));
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(budget.perWindow).toBe(5);
    const refused = p.sent.length - 30;
    // Unpaced, the 25 refused in the first second would be refused again each second they bunch:
    // 25 + 20 + 15 + 10 + 5 = 75 refusals. Paced, only the first second's.
    expect(refused).toBe(25);
  });

  it('learns nothing from a refusal its own key explains (one post per second per channel)', async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = new LearnedBudget(refusedForRate);
    const perChannel = platform(1);
    await budget.run('C1', perChannel.call);
    await expect(budget.run('C1', perChannel.call)).rejects.toThrow(TooMany);
    expect(budget.perWindow).toBeNull();
  });

  it('loosens by one a quiet interval, and stops pacing after a quiet minute', async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = new LearnedBudget(refusedForRate, { growEveryMs: 5000, forgetMs: 60_000 });
    const p = platform(2);
    await Promise.allSettled(['A', 'B', 'C'].map((k) => budget.run(k, p.call)));
    expect(budget.perWindow).toBe(2);
    await vi.advanceTimersByTimeAsync(5000);
    await budget.run('D', p.call);
    expect(budget.perWindow).toBe(3);
    await vi.advanceTimersByTimeAsync(60_000);
    await budget.run('E', p.call);
    expect(budget.perWindow).toBeNull();
  });
});
