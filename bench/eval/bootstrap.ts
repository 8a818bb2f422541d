/**
 * How far a held-out figure could move by which articles happened to fall in the half: a 95%
 * percentile interval of a ratio summed over documents, the documents drawn again with replacement
 * (a seeded generator, so every run prints the same interval).
 */

// mulberry32: small, fast, and the same sequence for the same seed on every machine.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per document, the numerator and denominator of a ratio (found and gold dates, say). */
export interface Share {
  num: number;
  den: number;
}

/** The 2.5th and 97.5th percentiles of Σnum / Σden over `draws` resamples of `docs`; NaN when empty. */
export function bootstrapInterval(docs: Share[], draws = 2000, seed = 15): [number, number] {
  if (docs.length === 0) return [Number.NaN, Number.NaN];
  const next = generator(seed);
  const ratios: number[] = [];
  for (let d = 0; d < draws; d++) {
    let num = 0;
    let den = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[Math.floor(next() * docs.length)] as Share;
      num += doc.num;
      den += doc.den;
    }
    if (den > 0) ratios.push(num / den);
  }
  ratios.sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] ?? Number.NaN;
  return [at(0.025), at(0.975)];
}

/** "88.5–96.1", as the eval tables print percentages. */
export function formatInterval([lo, hi]: [number, number]): string {
  return Number.isNaN(lo) ? '—' : `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}`;
}
