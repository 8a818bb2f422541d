import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { columnStats, fitLogistic, unstandardise, type Row } from '../../bench/eval/logistic.js';
import { byHalf, halfOf, splitRow } from '../../bench/eval/split.js';

describe('the tune / held-out split', () => {
  it('puts an id in the half its SHA-1’s first byte says, every time', () => {
    for (const id of ['bbc-sport-015', 'wsj_0585', 'article-7', 42]) {
      const even = (createHash('sha1').update(String(id)).digest()[0] ?? 0) % 2 === 0;
      expect(halfOf(id)).toBe(even ? 'tune' : 'held');
    }
  });

  it('splits a list into two halves that keep order and lose nothing', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `doc-${i}`);
    const { held, tune } = byHalf(ids, (x) => x);
    expect(held.length + tune.length).toBe(200);
    expect(held.length).toBeGreaterThan(70);
    expect(tune.length).toBeGreaterThan(70);
    expect([...held].sort((a, b) => ids.indexOf(a) - ids.indexOf(b))).toEqual(held);
  });

  it('prints the held-out minus tune difference with its sign', () => {
    expect(splitRow('R2', [0.184, 0.181], [0.203, 0.187]).cells).toEqual([0.184, 0.181, '│', 0.203, 0.187, '−1.9']);
    expect(splitRow('words', [80, 70], [75, 70], 'num').cells.at(-1)).toBe('+5.0');
  });
});

describe('logistic regression', () => {
  // Label 1 when 2·a − b + noise > 0: the fit must find a positive weight for a and a negative one for b.
  const rows: Row[] = Array.from({ length: 400 }, (_, i) => {
    const a = Math.sin(i * 1.7);
    const b = Math.cos(i * 0.9);
    const noise = Math.sin(i * 12.3) * 0.5;
    return { x: [a, b, 0.5], y: 2 * a - b + noise > 0 ? 1 : 0, weight: 1 };
  });

  it('recovers the signs and the ratio of the true weights', () => {
    const m = fitLogistic(rows, 0.01);
    expect(m.weights[0]).toBeGreaterThan(0);
    expect(m.weights[1]).toBeLessThan(0);
    expect((m.weights[0] ?? 0) / -(m.weights[1] ?? 1)).toBeGreaterThan(1.3);
    expect((m.weights[0] ?? 0) / -(m.weights[1] ?? 1)).toBeLessThan(3);
  });

  it('shrinks the weights as the penalty grows', () => {
    const loose = fitLogistic(rows, 0.01);
    const tight = fitLogistic(rows, 100);
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });

  it('scores raw features as the standardised model scores standardised ones', () => {
    const raw = rows.map((r) => ({ ...r, x: [r.x[0]! * 10 + 3, r.x[1]! / 4 - 1, r.x[2]!] }));
    const { mean, std } = columnStats(raw.map((r) => r.x));
    const z = (x: number[]) => x.map((v, i) => (std[i]! > 1e-12 ? (v - mean[i]!) / std[i]! : 0));
    const m = fitLogistic(
      raw.map((r) => ({ ...r, x: z(r.x) })),
      1,
    );
    const back = unstandardise(m, mean, std);
    for (const r of raw.slice(0, 20)) {
      const a = z(r.x).reduce((s, v, i) => s + v * m.weights[i]!, m.bias);
      const b = r.x.reduce((s, v, i) => s + v * back.weights[i]!, back.bias);
      expect(b).toBeCloseTo(a, 9);
    }
    expect(back.weights[2]).toBe(0);
  });
});
