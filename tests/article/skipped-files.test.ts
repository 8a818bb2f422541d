import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openIndex } from '../support/services.js';

// A folder a tool writes to for months: files it could not read come and go.

describe('files the index skipped, once they are gone', () => {
  it('are forgotten: none is still called skipped, and /digest of one says there is no such article', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-skipped-'));
    const dir = join(root, 'digests');
    mkdirSync(dir);
    const { store, files, library } = await openIndex(join(root, 'herald.db'), dir);
    try {
      const ids = Array.from({ length: 300 }, (_, i) => `draft-${i}`);
      // In batches, each read by a pass over the folder, then removed: the last batch by the folder
      // watch's one-file refresh, the others by the next pass.
      for (let k = 0; k < ids.length; k += 100) {
        const batch = ids.slice(k, k + 100);
        for (const id of batch) writeFileSync(join(dir, `${id}.txt`), ' \n');
        await files.sync();
        expect(files.whySkipped(batch[0] ?? '')).toMatch(/has no text/);
        for (const id of batch) rmSync(join(dir, `${id}.txt`));
        if (k + 100 < ids.length) await files.sync();
        else for (const id of batch) await files.refresh(`${id}.txt`);
      }
      // Each used to be kept (one entry per file name ever skipped) and called skipped.
      expect(ids.filter((id) => files.whySkipped(id) !== null)).toEqual([]);
      await expect(library.resolve('draft-7')).rejects.toThrow('No article "draft-7"');
    } finally {
      files.stop();
      await store.close();
    }
  });
});
