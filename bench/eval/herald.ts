import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/article/types.js';
import { buildDigest } from '../../src/digest/index.js';
import type { DigestCore } from '../../src/digest/types.js';

/** Time spent inside the core, per dataset, and what went wrong there. */
export const coreStats = {
  digests: 0,
  ms: 0,
  byDataset: {} as Record<string, { digests: number; ms: number; slowest: { id: string; ms: number } | null }>,
  errors: [] as { dataset: string; id: string; message: string }[],
};

/** Runs the core on one article; a throw is recorded and treated as an empty digest. */
export function herald(dataset: string, article: Article): DigestCore | null {
  const t0 = performance.now();
  let core: DigestCore | null = null;
  try {
    core = buildDigest(article);
  } catch (err) {
    coreStats.errors.push({ dataset, id: article.id, message: err instanceof Error ? err.message : String(err) });
  }
  const ms = performance.now() - t0;
  const entry = (coreStats.byDataset[dataset] ??= { digests: 0, ms: 0, slowest: null });
  entry.digests++;
  entry.ms += ms;
  if (entry.slowest === null || ms > entry.slowest.ms) entry.slowest = { id: article.id, ms };
  coreStats.digests++;
  coreStats.ms += ms;
  return core;
}
