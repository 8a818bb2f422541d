/** A table row: a label and one cell per system; `section` rows name the systems below them. */
export interface Row {
  label: string;
  cells: (number | string | null)[];
  section?: boolean;
  /** How to print numbers: 'pct' as 0–100 with one decimal, 'num' with one decimal. */
  format?: 'pct' | 'num';
}

function cell(value: number | string | null, format: Row['format']): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return '—';
  return format === 'num' ? value.toFixed(1) : (value * 100).toFixed(1);
}

/** Renders rows as one plain-text table: labels left, figures right, a blank line before sections. */
export function renderTable(rows: Row[]): string {
  const grid = rows.map((row) => [
    row.section ? row.label : `  ${row.label}`,
    ...row.cells.map((c) => cell(c, row.format)),
  ]);
  const columns = Math.max(...grid.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...grid.map((r) => (r[i] ?? '').length)));
  const lines: string[] = [];
  grid.forEach((r, i) => {
    if (rows[i]?.section && i > 0) lines.push('');
    const text = r.map((c, j) => (j === 0 ? c.padEnd(widths[0] ?? 0) : c.padStart((widths[j] ?? 0) + 2))).join('');
    lines.push(text.trimEnd());
  });
  return lines.join('\n');
}

/** Mean of a list, NaN when empty (printed as a dash). */
export function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** A ratio that is NaN rather than a division by zero. */
export function ratio(num: number, den: number): number {
  return den === 0 ? Number.NaN : num / den;
}

/** One line of at most `max` characters, for failure examples. */
export function clip(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
