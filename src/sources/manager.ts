import type { Clock } from '../chat/adapter.js';
import { UserError } from '../commands/reply.js';
import type { SourceRecord, SourceStore } from '../store/types.js';
import { assertPublicHost } from './address.js';
import { parseHttpUrl } from './http.js';
import { normalizeUrl, sourceIdBase } from './keys.js';
import { SourceError } from './types.js';

/** A source as /sources list shows it. */
export interface SourceView extends SourceRecord {
  /** Articles stored from it (and not yet pruned). */
  articles: number;
}

/** What /sources needs to add, remove and list sources. */
export interface SourceManagerDeps {
  store: SourceStore;
  clock: Clock;
  defaultEveryMinutes: number;
  /** Whether chat may add sources on loopback or private addresses (HERALD_SOURCES_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Called after a source is added, to fetch it at once (the poller's pollNow). */
  onAdded?: (id: string) => void;
}

/** What /sources does: add and remove sources from chat, list them all with their fetch state. */
export class SourceManager {
  constructor(private readonly deps: SourceManagerDeps) {}

  async list(): Promise<SourceView[]> {
    const [counts, sources] = await Promise.all([this.deps.store.articleCounts(), this.deps.store.listSources()]);
    return sources.map((s) => ({ ...s, articles: counts.get(s.id) ?? 0 }));
  }

  /** Adds a feed or article URL. Throws UserError for a bad, private or already followed URL. */
  async add(raw: string, addedBy: string): Promise<SourceRecord> {
    let url: URL;
    try {
      url = parseHttpUrl(raw);
      if (!this.deps.allowPrivate) await assertPublicHost(url);
    } catch (err) {
      if (err instanceof SourceError) throw new UserError(err.code === 'private-address' ? 'private-address' : 'bad-url', err.message);
      throw err;
    }
    if (url.href.length > 2000) throw new UserError('bad-url', 'the URL is longer than 2,000 characters');
    const key = normalizeUrl(url.href);
    const existing = (await this.deps.store.listSources()).find((s) => normalizeUrl(s.url) === key);
    if (existing) throw new UserError('duplicate', `${url.href} is already followed as ${existing.id}`);
    const source = await this.deps.store.addSource(
      {
        url: url.href, name: null, everyMinutes: this.deps.defaultEveryMinutes, origin: 'chat', addedBy, addedAt: this.deps.clock.now().toISOString(),
        etag: null, lastModified: null, fetchedOnce: false, lastFetchAt: null, lastOkAt: null, lastError: null, failures: 0, nextFetchAt: null,
      },
      sourceIdBase(null, url.href),
    );
    this.deps.onAdded?.(source.id);
    return source;
  }

  /** Removes a source added in chat, by id or URL. Its articles stay. Throws UserError. */
  async remove(ref: string): Promise<SourceRecord> {
    const want = ref.trim();
    const key = normalizeUrl(want);
    const all = await this.deps.store.listSources();
    const source = all.find((s) => s.id === want.toLowerCase()) ?? (key ? all.find((s) => normalizeUrl(s.url) === key) : undefined);
    if (!source) throw new UserError('not-found', `no source "${want}" (the ids are in /sources list)`);
    if (source.origin === 'file') throw new UserError('from-file', `${source.id} is set in sources.json; remove it there`);
    await this.deps.store.removeSource(source.id);
    return source;
  }
}
