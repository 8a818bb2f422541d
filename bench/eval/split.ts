import { createHash } from 'node:crypto';
import type { Row } from './table.js';

/**
 * Every dev set is split in two by a fixed hash of the article id: the first byte of
 * SHA-1(id as UTF-8) even → the "tune" half (failures are looked at and rules and weights are fitted
 * there), odd → the "held-out" half (only ever scored). Written into eval.json with the figures.
 */
export const SPLIT_METHOD = 'SHA-1 of the record id (UTF-8); first byte even -> tune, odd -> held-out';

export const HALVES = ['held', 'tune'] as const;
export type Half = (typeof HALVES)[number];

/** The half a record belongs to, by its id. */
export function halfOf(id: string | number): Half {
  const first = createHash('sha1').update(String(id)).digest()[0] ?? 0;
  return first % 2 === 0 ? 'tune' : 'held';
}

/** Items grouped by half, in their original order. */
export function byHalf<T>(items: T[], id: (item: T) => string): Record<Half, T[]> {
  const out: Record<Half, T[]> = { held: [], tune: [] };
  for (const item of items) out[halfOf(id(item))].push(item);
  return out;
}

type Cell = Row['cells'][number];

function signed(delta: number, format: Row['format']): string {
  if (Number.isNaN(delta)) return '—';
  const v = format === 'num' ? delta : delta * 100;
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
}

/**
 * A table row of one measure: the held-out half's cells (Herald first, then baselines), the tune
 * half's, and Herald's held-out minus tune difference.
 */
export function splitRow(label: string, held: Cell[], tune: Cell[], format: Row['format'] = 'pct'): Row {
  const [h, t] = [held[0], tune[0]];
  const delta = typeof h === 'number' && typeof t === 'number' ? signed(h - t, format) : '—';
  return { label, cells: [...held, '│', ...tune, delta], format };
}

/** The heading row of a section: systems for each half, then the difference column. */
export function splitHeader(title: string, systems: string[]): Row {
  const [first, ...rest] = systems;
  return {
    label: title,
    cells: [`held ${first ?? ''}`, ...rest, '│', `tune ${first ?? ''}`, ...rest, 'Δ held−tune'],
    section: true,
  };
}
