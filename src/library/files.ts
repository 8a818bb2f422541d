import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStamp, isArticleName, readFolderArticle } from '../article/load.js';
import { ArticleError } from '../errors.js';
import type { FilesOptions, SyncResult } from './files-options.js';

export type { ArticleProblem, FilesOptions, SyncResult } from './files-options.js';

// Files read at once during a scan: enough to hide the disk's latency, few enough to keep memory flat.
const READ_AHEAD = 16;

/**
 * Keeps the article index in step with the files in `digests/`: a full pass at start, then fs.watch
 * for changes as they happen and a periodic rescan by mtime and size as the fallback. A file is read
 * again only when its stamp changes; a deleted file leaves the index. Commands and fires never scan
 * the folder: they query the index.
 */
export class ArticleFiles {
  private stamps: Map<string, string> | null = null;
  // Files that could not be read: their stamp (read again only when it changes) and why. A file whose id
  // another file held (`taken`) is read again at every pass too, since that file may have left since.
  private readonly problems = new Map<string, { stamp: string; message: string; taken: boolean }>();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private syncing: Promise<SyncResult> | null = null;
  private lostFolder: string | null = null;

  constructor(private readonly o: FilesOptions) {}

  get dir(): string {
    return this.o.dir;
  }

  /** One pass over the folder (joins a pass already under way). */
  sync(): Promise<SyncResult> {
    this.syncing ??= this.scan().finally(() => (this.syncing = null));
    return this.syncing;
  }

  /** Watches the folder and rescans it now and then, until stop(). */
  watch(): void {
    try {
      this.watcher = watch(this.o.dir, { persistent: false }, (_event, name) => {
        if (name && isArticleName(name)) this.soon(name.toString());
        else if (!name) void this.sync().catch(() => {});
      });
      this.watcher.on('error', () => this.unwatch());
    } catch {
      this.watcher = null;
    }
    const every = this.watcher ? (this.o.rescanMs ?? 60_000) : (this.o.rescanWithoutWatchMs ?? 10_000);
    this.timer = setInterval(() => void this.sync().catch(() => {}), every);
    this.timer.unref();
  }

  stop(): void {
    this.unwatch();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }

  /**
   * Reads the file for an id a command asked for and the index does not have yet (a file dropped in a
   * moment ago). True when it is in the index now.
   */
  async refreshId(id: string): Promise<boolean> {
    if (!/^[^/\\\0]+$/.test(id) || id.startsWith('.')) return false;
    let found = false;
    for (const ext of ['.txt', '.md', '.markdown']) found = (await this.refresh(`${id}${ext}`)) || found;
    return found;
  }

  /** Why the file of article `id` (any extension, case ignored) was skipped, or null when it was not. */
  whySkipped(id: string): string | null {
    const want = id.toLowerCase();
    for (const [name, p] of this.problems)
      if (p.stamp !== 'gone' && name.replace(/\.(?:txt|md|markdown)$/i, '').toLowerCase() === want) return p.message;
    return null;
  }

  /** Reads one file again (or removes it from the index when it is gone). True when it is indexed. */
  async refresh(name: string): Promise<boolean> {
    const stamps = await this.known();
    const st = await lstat(join(this.o.dir, name)).catch(() => null);
    if (!st) {
      this.problems.delete(name);
      if (stamps.has(name)) {
        await this.o.store.removeFile(name);
        stamps.delete(name);
        this.retryTaken();
      }
      return false;
    }
    await this.ingest([name], stamps, { added: [], changed: [], removed: [] });
    return stamps.has(name);
  }

  private async scan(): Promise<SyncResult> {
    const stamps = await this.known();
    const result: SyncResult = { added: [], changed: [], removed: [] };
    // A folder that cannot be read (moved away, a network mount gone) is not an empty one: emptying the
    // index would make every file new when it is back, and post the whole folder again.
    const names = await readdir(this.o.dir).then(
      (all) => all.filter(isArticleName),
      (err: unknown) => this.folderLost(err),
    );
    if (names === null) return result;
    this.lostFolder = null;
    const present = new Set(names);
    // A skipped file that is gone is forgotten: it is not "skipped" any more, and one entry per bad file
    // name ever seen grew for as long as the bot ran (5,000 after 5,000 came and went).
    for (const name of this.problems.keys()) if (!present.has(name)) this.problems.delete(name);
    for (const name of [...stamps.keys()]) {
      if (present.has(name)) continue;
      if (await this.o.store.removeFile(name)) result.removed.push(name);
      stamps.delete(name);
    }
    // New files in the order they appeared (then by name), so sequence numbers follow it.
    const changed: Array<{ name: string; at: number }> = [];
    for (const name of names) {
      const st = await lstat(join(this.o.dir, name)).catch(() => null);
      const stamp = st ? fileStamp(st) : null;
      // A file that could not be read is tried again only when it changes (or when its id was taken).
      const problem = this.problems.get(name);
      if (st && stamp !== stamps.get(name) && (stamp !== problem?.stamp || problem.taken))
        changed.push({ name, at: Math.floor(st.mtimeMs / 1000) });
    }
    changed.sort((a, b) => a.at - b.at || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    await this.ingest(
      changed.map((c) => c.name),
      stamps,
      result,
    );
    return result;
  }

  private async ingest(names: string[], stamps: Map<string, string>, result: SyncResult): Promise<void> {
    for (let i = 0; i < names.length; i += READ_AHEAD) {
      const batch = names.slice(i, i + READ_AHEAD);
      const read = await Promise.all(
        batch.map((name) => readFolderArticle(this.o.dir, name).catch((err: unknown) => toError(err))),
      );
      // Written one by one, in order, so sequence numbers follow the order chosen above.
      for (const [j, r] of read.entries()) {
        const name = batch[j] as string;
        if (r instanceof Error) {
          await this.problem(name, r, stamps);
          continue;
        }
        const { article, stamp } = r;
        // Written again since it was read (a pass and the watcher read it at once): the later read's
        // text goes in, not this one, which would otherwise come after it, taken for yet another story.
        const now = await lstat(join(this.o.dir, name)).catch(() => null);
        if (!now || fileStamp(now) !== stamp) continue;
        const change = await this.o.store.upsertFile(name, stamp, article, this.o.clock.now().toISOString());
        if (typeof change === 'object' && 'taken' in change) {
          await this.problem(
            name,
            new ArticleError(
              'not-found',
              `${name}: the id "${article.id}" is already taken by ${change.taken}; rename the file`,
            ),
            stamps,
            true,
          );
          continue;
        }
        stamps.set(name, stamp);
        this.problems.delete(name);
        // A different story under a name used before is a new article, with an id of its own.
        if (typeof change === 'object') result.added.push(change.addedAs);
        if (change === 'added') result.added.push(article.id);
        if (change === 'changed') result.changed.push(article.id);
        if (change !== 'same') this.checkDate(name, article.date);
      }
    }
  }

  // A date after tomorrow (a day of slack for time zones) makes the article the newest until then.
  private checkDate(name: string, date: string | null): void {
    const tomorrow = new Date(this.o.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    if (date === null || date <= tomorrow) return;
    this.o.onFutureDate?.({
      file: name,
      message: `${name}: dated ${date}, after today; it is the newest article until then (a typo in the year?)`,
    });
  }

  // An unreadable file leaves the index (its old version must not linger) and is reported once per change.
  private async problem(name: string, err: Error, stamps: Map<string, string>, taken = false): Promise<void> {
    if (stamps.has(name)) {
      await this.o.store.removeFile(name);
      stamps.delete(name);
    }
    const message = err instanceof ArticleError ? err.message : `${name}: ${err.message}`;
    const st = await lstat(join(this.o.dir, name)).catch(() => null);
    const stamp = st ? fileStamp(st) : 'gone';
    if (this.problems.get(name)?.stamp === stamp) return;
    // Chat is told the article's own problem, never a server path from a file system error.
    const told = err instanceof ArticleError ? message : `${name}: could not be read`;
    this.problems.set(name, { stamp, message: told, taken });
    this.o.onProblem?.({ file: name, message });
  }

  private folderLost(err: unknown): null {
    const why = `${this.o.dir}: ${(err as NodeJS.ErrnoException).code ?? toError(err).message}`;
    if (why !== this.lostFolder) this.o.onFolderLost?.(why);
    this.lostFolder = why;
    return null;
  }

  // A file left the index: the files that wanted its id may have it now (a.md once a.txt is gone).
  private retryTaken(): void {
    for (const [name, p] of this.problems) if (p.taken && p.stamp !== 'gone') this.soon(name);
  }

  private async known(): Promise<Map<string, string>> {
    this.stamps ??= await this.o.store.fileStamps();
    return this.stamps;
  }

  // Editors write a file in several steps: read it once the events have settled.
  private soon(name: string): void {
    clearTimeout(this.pending.get(name));
    const t = setTimeout(() => {
      this.pending.delete(name);
      void this.refresh(name).catch(() => {});
    }, 100);
    t.unref();
    this.pending.set(name, t);
  }

  private unwatch(): void {
    this.watcher?.close();
    this.watcher = null;
  }
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
