import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

/** Every import between src/'s top folders (files directly in src/ count as the folder "."), with where it is. */
function folderImports(): Map<string, string[]> {
  const files: string[] = [];
  (function walk(d: string) {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  })(SRC);
  const folder = (p: string) => {
    const parts = relative(SRC, p).split('/');
    return parts.length > 1 ? (parts[0] ?? '.') : '.';
  };
  const edges = new Map<string, string[]>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const to = resolve(dirname(f), (m[1] ?? '').replace(/\.js$/, '.ts'));
      const [a, b] = [folder(f), folder(to)];
      if (a === b) continue;
      const key = `${a} -> ${b}`;
      edges.set(key, [...(edges.get(key) ?? []), `${relative(SRC, f)} imports ${relative(SRC, to)}`]);
    }
  }
  return edges;
}

describe('the layout of src/', () => {
  it('has no import cycle between folders', () => {
    const edges = folderImports();
    const graph = new Map<string, Set<string>>();
    for (const k of edges.keys()) {
      const [a = '', b = ''] = k.split(' -> ');
      graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    // A cycle of any length: a folder that reaches itself.
    const cycles: string[] = [];
    for (const start of graph.keys()) {
      const seen = new Set<string>();
      const stack: Array<[string, string[]]> = [[start, [start]]];
      while (stack.length > 0) {
        const [at, path] = stack.pop() as [string, string[]];
        for (const next of graph.get(at) ?? []) {
          if (next === start) cycles.push([...path, start].join(' -> '));
          else if (!seen.has(next)) {
            seen.add(next);
            stack.push([next, [...path, next]]);
          }
        }
      }
    }
    const detail = cycles.map(
      (c) =>
        `${c}\n  ${c.split(' -> ').slice(0, 2).join(' -> ')}: ${(edges.get(c.split(' -> ').slice(0, 2).join(' -> ')) ?? [])[0]}`,
    );
    expect(detail).toEqual([]);
  });

  it('never imports an adapter, discord.js or @slack/bolt', () => {
    const bad: string[] = [];
    for (const [, where] of folderImports()) for (const w of where) if (/imports \.\.\/adapters\//.test(w)) bad.push(w);
    (function walk(d: string) {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/from '(discord\.js|@slack\/bolt)'|from '\.\.\/+adapters/.test(readFileSync(p, 'utf8')))
          bad.push(relative(SRC, p));
      }
    })(SRC);
    expect(bad).toEqual([]);
  });
});
