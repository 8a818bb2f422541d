/** The readable table: one row per figure, with its baseline, the ratio, the target and whether it is met. */
export interface Row {
  section: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  /** true met, false missed, null no target. */
  pass: boolean | null;
}

export function renderRows(rows: readonly Row[]): string {
  const head: Row = {
    section: '#',
    figure: 'figure',
    value: 'Herald',
    baseline: 'baseline',
    ratio: 'ratio',
    target: 'target',
    pass: null,
  };
  const cells = (r: Row, isHead = false): string[] => [
    r.section,
    r.figure,
    r.value,
    r.baseline,
    r.ratio,
    r.target,
    isHead ? 'ok?' : r.pass === null ? '' : r.pass ? 'yes' : 'NO',
  ];
  const all = [cells(head, true), ...rows.map((r) => cells(r))];
  const widths = all[0]?.map((_, i) => Math.max(...all.map((c) => (c[i] ?? '').length))) ?? [];
  const line = (c: string[]): string =>
    c
      .map((x, i) => (i >= 2 && i <= 4 ? x.padStart(widths[i] ?? 0) : x.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const sep = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(all[0] ?? []), sep];
  let last = '';
  for (const c of all.slice(1)) {
    if (c[0] !== last && last !== '') out.push('');
    last = c[0] ?? '';
    out.push(line(c));
  }
  return out.join('\n');
}

export const ms = (x: number): string =>
  Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)} ms` : 'n/a';
export const times = (x: number | null): string => (x === null || !Number.isFinite(x) ? '' : `${x.toFixed(2)}×`);
