import { describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSourcesFile } from '../../src/sources/sources-file.js';
import { useWorlds } from './support.js';

const world = useWorlds();

/**
 * Runs loadSourcesFile on each path in a child process with a small heap, killed after 10 s: a read
 * that blocks (a FIFO with no writer) or loads a huge file whole cannot take the test run down with it.
 */
function loadInChild(paths: string[]): Promise<{ code: number | null; lines: string[] }> {
  const script = `import { loadSourcesFile } from './src/sources/sources-file.ts';
for (const f of process.argv.slice(1)) { try { loadSourcesFile(f); console.log('read'); } catch (e) { console.log(e.message); } }`;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script, ...paths],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, lines: out.trim().split('\n').filter(Boolean) });
    });
  });
}

describe('sources.json that is not a small regular file', () => {
  it('refuses a FIFO and a 300 MB file at once, naming the file, without reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-sources-kind-'));
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '[');
    truncateSync(huge, 300_000_000); // sparse: no disk used
    const r = await loadInChild([fifo, huge]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      `${fifo}: is not a regular file (a FIFO); write the list of sources in a plain JSON file`,
      `${huge}: is 300 MB; the limit is 1 MB`,
    ]);
  });

  it('logs a folder in its place as one error naming the file, and keeps the sources it had', async () => {
    const w = await world();
    w.writeSources([{ url: 'https://news.example/world.xml' }]);
    await w.poller.syncFile();
    rmSync(w.sourcesFile);
    mkdirSync(w.sourcesFile);
    await w.poller.syncFile();
    const [entry] = w.logged('sources file not used; the sources already known are kept');
    expect(entry).toMatchObject({
      level: 'error',
      file: w.sourcesFile,
      problems: ['is not a regular file (a directory); write the list of sources in a plain JSON file'],
    });
    expect((await w.store.sources.listSources()).map((s) => s.url)).toEqual(['https://news.example/world.xml']);
    expect(() => loadSourcesFile(w.sourcesFile)).toThrow(/sources\.json: is not a regular file/);
  });
});
