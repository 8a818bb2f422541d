import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlidingWindowBudget } from '../../src/chat/rate-budget.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A request the test answers by hand; `at` is when the budget let it go (fake time). */
function request() {
  let answer!: () => void;
  const sent = { at: -1 };
  const fn = () => {
    sent.at = Date.now();
    return new Promise<void>((r) => (answer = r));
  };
  return { fn, sent, answer: () => answer() };
}

describe('SlidingWindowBudget', () => {
  it('lets `limit` requests go at once and counts each from when it was answered, not from when it was sent', async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = new SlidingWindowBudget(2, 1000);
    const [a, b, c] = [request(), request(), request()];
    const runs = [budget.run(a.fn), budget.run(b.fn), budget.run(c.fn)];
    await vi.advanceTimersByTimeAsync(300);
    a.answer();
    await vi.advanceTimersByTimeAsync(200);
    b.answer();
    expect([a.sent.at, b.sent.at, c.sent.at]).toEqual([0, 0, -1]);
    // The first answer came at 300 ms: its place frees a window later, at 1,300 ms (not 1,000 ms, a second after sending).
    await vi.advanceTimersByTimeAsync(799);
    expect(c.sent.at).toBe(-1);
    await vi.advanceTimersByTimeAsync(2);
    expect(c.sent.at).toBeGreaterThanOrEqual(1300);
    expect(c.sent.at).toBeLessThanOrEqual(1301);
    c.answer();
    await Promise.all(runs);
  });

  it('keeps a request that has not been answered in the window however long it takes, and serves waiters in order', async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = new SlidingWindowBudget(1, 1000);
    const slow = request();
    const first = budget.run(slow.fn);
    const order: number[] = [];
    const rest = [1, 2, 3].map((i) => budget.run(async () => void order.push(i)));
    await vi.advanceTimersByTimeAsync(5000);
    expect(order).toEqual([]);
    slow.answer();
    await first;
    await vi.advanceTimersByTimeAsync(3100);
    await Promise.all(rest);
    expect(order).toEqual([1, 2, 3]);
  });

  it('shares one token’s budget between instances, keeping a tenth back when there are several', () => {
    const budget = new SlidingWindowBudget();
    expect(budget.perWindow).toBe(50);
    budget.share(3);
    expect(budget.perWindow).toBe(15);
    budget.share(2);
    expect(budget.perWindow).toBe(22);
    budget.share(1);
    expect(budget.perWindow).toBe(50);
  });
});
