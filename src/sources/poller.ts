import { statSync } from 'node:fs';
import { pollSource, type IngestDeps, type PollOutcome } from './ingest.js';
import { applySourcesFile, loadSourcesFile } from './sources-file.js';
import { SourcesFileError } from '../errors.js';
import { settlesWithin } from '../time/settles-within.js';

/** The poller's settings, besides what each fetch needs. */
export interface PollerDeps extends IngestDeps {
  /** digests/sources.json, re-read when it changes; null for none. */
  sourcesFile: string | null;
  defaultEveryMinutes: number;
  /** Stored articles older than this are pruned (0: kept for ever). */
  keepDays: number;
  /** How often due sources are looked for. */
  tickMs?: number;
  /** Sources fetched at the same time at most. */
  concurrency?: number;
}

const HOUR = 3_600_000;
/** Days after which an item no feed lists any more is forgotten (at least HERALD_SOURCES_KEEP_DAYS). */
export const FORGET_UNLISTED_DAYS = 90;
/** How long a poll is held by the instance that took it, should it die before the fetch ends. */
const POLL_LEASE_MS = 5 * 60_000;

/**
 * Fetches each source when it is due (its interval, or its backoff after failures), never two fetches
 * of one source at once, a few sources at a time. The sources file is re-read when it changes.
 */
export class Poller {
  private readonly running = new Map<string, Promise<PollOutcome>>();
  private readonly stopper = new AbortController();
  private readonly waiters: Array<() => void> = [];
  private active = 0;
  private timer: NodeJS.Timeout | null = null;
  private fileStamp: string | null = null;
  private lastPrune = 0;

  constructor(private readonly deps: PollerDeps) {}

  /** Reads the sources file and checks for due sources now and then every `tickMs`. */
  start(): void {
    this.timer = setInterval(() => void this.tick(), this.deps.tickMs ?? 15_000);
    this.timer.unref();
    void this.tick();
  }

  /** One look for due sources: starts their fetches and resolves when those are done. */
  async tick(): Promise<PollOutcome[]> {
    if (this.stopper.signal.aborted) return [];
    try {
      await this.syncFile();
      await this.prune();
      const now = this.deps.clock.now().getTime();
      const due = (await this.deps.store.listSources()).filter(
        (s) => !this.running.has(s.id) && (s.nextFetchAt === null || Date.parse(s.nextFetchAt) <= now),
      );
      return await Promise.all(due.map((s) => this.run(s.id)));
    } catch (err) {
      this.deps.log.error('source poll failed', { err });
      return [];
    }
  }

  /** Fetches one source now (after /sources add), or joins the fetch already under way. */
  pollNow(id: string): Promise<PollOutcome | null> {
    if (this.stopper.signal.aborted) return Promise.resolve(null);
    return this.running.get(id) ?? this.run(id);
  }

  /** Brings the file's sources into the store. A bad file is logged (each bad entry named) and changes nothing. */
  async syncFile(): Promise<void> {
    const path = this.deps.sourcesFile;
    if (!path) return;
    let stamp = 'missing';
    try {
      const st = statSync(path);
      stamp = `${st.mtimeMs}:${st.size}`;
    } catch {}
    if (stamp === this.fileStamp) return;
    this.fileStamp = stamp;
    let entries: ReturnType<typeof loadSourcesFile>;
    try {
      entries = loadSourcesFile(path, this.deps.defaultEveryMinutes);
    } catch (err) {
      const problems = err instanceof SourcesFileError ? err.problems : [String(err)];
      this.deps.log.error('sources file not used; the sources already known are kept', { file: path, problems });
      return;
    }
    await applySourcesFile(entries, this.deps);
  }

  /** Stops looking for due sources, cancels fetches under way, and waits for them at most `timeoutMs`. */
  async stop(timeoutMs = 3000): Promise<boolean> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopper.abort();
    return settlesWithin(Promise.allSettled([...this.running.values()]), timeoutMs);
  }

  private run(id: string): Promise<PollOutcome> {
    const job = (async () => {
      await this.slot();
      try {
        // Read now: the source may have been removed or fetched while this one waited for a slot.
        const fresh = await this.deps.store.getSource(id);
        if (!fresh) return { sourceId: id, status: 'failed' as const, added: [], error: 'removed' };
        // One instance polls a source per due time: the poll is taken by moving its next fetch to a
        // lease's end; the fetch's outcome then sets the real next time.
        const now = this.deps.clock.now();
        const until = new Date(now.getTime() + POLL_LEASE_MS).toISOString();
        if (!(await this.deps.store.claimPoll(id, now.toISOString(), until))) {
          return { sourceId: id, status: 'not-modified' as const, added: [], error: null, skipped: true };
        }
        // The URL written in sources.json may be local; its links and redirects are checked like any other.
        const limits = {
          ...this.deps.limits,
          signal: this.stopper.signal,
          trustedUrl: fresh.origin === 'file' ? fresh.url : null,
        };
        const outcome = await pollSource(fresh, { ...this.deps, limits });
        // Cut short by stop: due again at once (at the next start, or on another instance).
        if (this.stopper.signal.aborted && outcome.status === 'failed')
          await this.deps.store.updateSource(id, { nextFetchAt: fresh.nextFetchAt }).catch(() => {});
        return outcome;
      } finally {
        // The slot passes straight to the next waiter, so no other fetch can slip in between.
        const next = this.waiters.shift();
        if (next) next();
        else this.active--;
      }
    })();
    this.running.set(id, job);
    void job.finally(() => this.running.delete(id));
    return job;
  }

  private async slot(): Promise<void> {
    if (this.active < (this.deps.concurrency ?? 4)) this.active++;
    else await new Promise<void>((r) => this.waiters.push(r));
  }

  private async prune(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    if (this.deps.keepDays <= 0 || now - this.lastPrune < HOUR) return;
    this.lastPrune = now;
    const pruned = await this.deps.store.pruneArticles(new Date(now - this.deps.keepDays * 24 * HOUR).toISOString());
    if (pruned > 0) this.deps.log.info('old source articles pruned', { count: pruned, keepDays: this.deps.keepDays });
    // An item no feed has listed for this long is forgotten: it would be taken as new only if a feed
    // listed it again after so long. Every key of every item ever met was kept (~0.5 MB a day at 1,000
    // articles a day).
    const forgetDays = Math.max(this.deps.keepDays, FORGET_UNLISTED_DAYS);
    await this.deps.store.pruneSeen(new Date(now - forgetDays * 24 * HOUR).toISOString());
  }
}
