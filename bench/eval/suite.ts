import type { Progress } from './progress.js';
import type { Row } from './table.js';

/** What every suite is given. */
export interface SuiteContext {
  dataDir: string;
  limit: number | null;
  progress: Progress;
}

/** What every suite returns: table rows, figures for eval.json, and failure examples for --examples. */
export interface SuiteResult {
  rows: Row[];
  figures: Record<string, unknown>;
  examples: Record<string, string[]>;
}

/** Keeps the `n` worst items by a badness score (higher is worse). */
export function worst<T>(items: T[], badness: (item: T) => number, n = 3): T[] {
  return [...items].sort((a, b) => badness(b) - badness(a)).slice(0, n);
}
