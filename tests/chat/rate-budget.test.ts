import { describe, expect, it } from 'vitest';
import { SlidingWindowBudget } from '../../src/chat/rate-budget.js';

// A clock the test moves by hand; the budget's waits move it to their end, so no test waits in real time.
function fakeTime() {
  const t = { now: 0, waits: [] as number[] };
  const sleep = async (ms: number): Promise<void> => {
    t.waits.push(ms);
    t.now += ms;
  };
  return { t, now: () => t.now, sleep };
}

// Lets pending promise callbacks run; the budget never waits on a timer in these tests.
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('SlidingWindowBudget', () => {
  it('lets `limit` requests go at once and counts each from when it was answered, not from when it was sent', async () => {
    const { t, now, sleep } = fakeTime();
    const budget = new SlidingWindowBudget(2, 1000, now, sleep);
    const a = await budget.take();
    const b = await budget.take();
    t.now = 300;
    a();
    t.now = 500;
    b();
    let sentAt = -1;
    const third = budget.take().then((done) => {
      sentAt = t.now;
      return done;
    });
    (await third)();
    // The first answer came at 300 ms: its place frees a window later, at 1,300 ms (not at 1,000 ms, a second after sending).
    expect(sentAt).toBe(1300);
    expect(t.waits).toEqual([800]);
  });

  it('keeps a request that has not been answered in the window however long it takes', async () => {
    const { t, now, sleep } = fakeTime();
    const budget = new SlidingWindowBudget(1, 1000, now, sleep);
    const slow = await budget.take();
    let next = false;
    const waiting = budget.take().then((done) => {
      next = true;
      return done;
    });
    t.now = 5000;
    await settle();
    expect(next).toBe(false);
    slow();
    (await waiting)();
    expect(next).toBe(true);
    expect(t.now).toBe(6000);
  });

  it('gives each place back once, however often its function is called', async () => {
    const { t, now, sleep } = fakeTime();
    const budget = new SlidingWindowBudget(2, 1000, now, sleep);
    const a = await budget.take();
    a();
    a();
    await budget.take();
    t.now = 1000;
    // a's answer has left the window; the request taken after it is still in flight: one place is free.
    await budget.take();
    let fourth = false;
    void budget.take().then(() => (fourth = true));
    await settle();
    expect(fourth).toBe(false);
    expect(t.waits).toEqual([]);
  });

  it('serves requests in the order they asked', async () => {
    const { now, sleep } = fakeTime();
    const budget = new SlidingWindowBudget(1, 1000, now, sleep);
    const order: number[] = [];
    const first = await budget.take();
    const rest = [1, 2, 3].map((i) =>
      budget.take().then((done) => {
        order.push(i);
        done();
      }),
    );
    first();
    await Promise.all(rest);
    expect(order).toEqual([1, 2, 3]);
  });
});
