/**
 * `npx tsx bench/perf/catch-up.ts`: the catch-up look at start (which subscriptions missed a fire
 * while the bot was down) for 1,000 subscriptions, beside a baseline run in the same process: the same
 * look made channel by channel (firesBetween from each one's last fire), as Herald did before channels
 * on one schedule shared it. Both give the same answer; the check is made before timing.
 */
import { firesBetween, missedFires } from '../../src/schedule/fires.js';
import type { Subscription } from '../../src/store/types.js';

const NOW = new Date('2025-03-20T12:00:00Z');
const ZONES = ['Europe/Kyiv', 'America/New_York', 'Asia/Kathmandu', 'UTC'];
const SCHEDULES = ['0 9 1 * *', '0 8 * * *', '30 7 * * 1-5', '*/5 * * * *'];

// Last fires spread over the week before, a few milliseconds apart as real fires are.
const subs = (cron: string, n: number): Subscription[] =>
  Array.from({ length: n }, (_, i) => ({
    cron,
    timeZone: ZONES[i % ZONES.length] ?? 'UTC',
    pausedReason: null,
    lastFireAt: new Date(Date.parse('2025-03-10T07:00:00.000Z') + (i % 7) * 86_400_000 + i).toISOString(),
  })) as unknown as Subscription[];

function perChannel(list: readonly Subscription[]): Array<{ s: Subscription; due: Date }> {
  return list.flatMap((s) => {
    const [due] = firesBetween(s.cron, s.timeZone, new Date(s.lastFireAt ?? ''), NOW, 1);
    return due ? [{ s, due }] : [];
  });
}

function ms(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

for (const cron of SCHEDULES) {
  const list = subs(cron, 1000);
  const shared = missedFires(list, NOW).map((m) => m.due.getTime());
  const alone = perChannel(list).map((m) => m.due.getTime());
  if (shared.join() !== alone.join()) throw new Error(`catch-up answers differ for ${cron}`);
  // Alternating which runs first; the median of three.
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < 3; r++) {
    if (r % 2 === 0) {
      a.push(ms(() => missedFires(list, NOW)));
      b.push(ms(() => perChannel(list)));
    } else {
      b.push(ms(() => perChannel(list)));
      a.push(ms(() => missedFires(list, NOW)));
    }
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[1] ?? 0;
  console.log(
    `${cron.padEnd(14)} 1,000 subscriptions, ${String(shared.length).padStart(4)} missed: shared ${med(a).toFixed(0).padStart(6)} ms · per channel ${med(b).toFixed(0).padStart(6)} ms · ratio ${(med(b) / Math.max(med(a), 0.01)).toFixed(1)}×`,
  );
}
