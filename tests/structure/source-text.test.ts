import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(?:ts|json)$/.test(p)) out.push(p);
  }
  return out;
}

// Tab (9) and carriage return (13) are text; every other code below space, and DEL, is not.
const isControl = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return (c < 32 && c !== 9 && c !== 13) || c === 127;
};

describe('source text', () => {
  // A backspace typed where "\b" was meant (an editor or a shell turned it into the byte) makes a
  // regular expression that never matches, and no test of the rule beside it notices.
  it('holds no control characters other than tab and line ends', () => {
    const found = ['src', 'adapters'].flatMap((d) =>
      sources(d).flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => ([...line].some(isControl) ? [`${f}:${i + 1}`] : [])),
      ),
    );
    expect(found).toEqual([]);
  });

  // Issue 16: a maintainer reads any one file in a sitting; a file past this is split where it has a seam.
  it('keeps every file of src/ and adapters/ at 250 lines or fewer', () => {
    const long = ['src', 'adapters'].flatMap((d) =>
      sources(d)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => {
          const lines = readFileSync(f, 'utf8').trimEnd().split('\n').length;
          return lines > 250 ? [`${f}: ${lines}`] : [];
        }),
    );
    expect(long).toEqual([]);
  });
});
