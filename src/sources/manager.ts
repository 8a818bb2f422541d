import { NEVER_FETCHED, type SourceRecord, type SourceStore } from '../store/types.js';
import { assertPublicHost } from './address.js';
import { parseHttpUrl } from './http.js';
import { normalizeUrl, sourceIdBases } from './keys.js';
import { UserError, SourceError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { PollOutcome } from './ingest.js';
import { settlesWithin } from '../time/settles-within.js';

// Failures of a first fetch that show the URL itself is wrong (nothing there, or a file that is
// neither a feed nor a page): the add is undone, so a typo does not stay a source that fails for ever.
// Anything else (a server error, a timeout) may pass, so the source is kept and tried again.
const WRONG_URL: ReadonlySet<string> = new Set(['not-found', 'content-type']);

// Long enough for most feeds; Discord and Slack have been answered "thinking…" already.
const FIRST_FETCH_WAIT_MS = 5_000;

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
  /** Called after a source is added, to fetch it at once (the poller's pollNow); gives that fetch's outcome. */
  onAdded?: (id: string) => Promise<PollOutcome | null> | undefined;
}

/**
 * What /sources does. A source added in chat belongs to the community (Discord server, Slack
 * workspace) that added it: only that community lists it, subscribes to it and removes it. A URL two
 * communities follow is fetched once. The sources in sources.json belong to the whole instance: every
 * community sees them and none removes them from chat.
 */
export class SourceManager {
  // The first fetch of each source added here, until someone has waited for it.
  private readonly firstFetches = new Map<string, Promise<PollOutcome | null>>();

  constructor(private readonly deps: SourceManagerDeps) {}

  /**
   * The outcome of the first fetch of a source `community` just added, if it ends within `ms`; null
   * when it is still going (or was not started here). Asked once: the fetch is forgotten after. When
   * it shows the URL is wrong (a 404, an image), the community stops following the source and
   * UserError says so.
   */
  async firstFetch(id: string, community: string, ms = FIRST_FETCH_WAIT_MS): Promise<PollOutcome | null> {
    const work = this.firstFetches.get(id);
    this.firstFetches.delete(id);
    if (!work || !(await settlesWithin(work, ms))) return null;
    const outcome = await work.catch(() => null);
    if (outcome?.status === 'failed' && outcome.code !== undefined && WRONG_URL.has(outcome.code)) {
      const source = await this.remove(id, community);
      throw new UserError('bad-url', `Not added: ${source.url} cannot be read (${outcome.error ?? 'unknown error'}).`);
    }
    return outcome;
  }

  /** The sources a community sees, with their fetch state. */
  async list(community: string): Promise<SourceView[]> {
    const [counts, sources] = await Promise.all([
      this.deps.store.articleCounts(),
      this.deps.store.visibleTo(community),
    ]);
    return sources.map((s) => ({ ...s, articles: counts.get(s.id) ?? 0 }));
  }

  /**
   * Follows a feed or article URL for a community (fetched at once when it is new to this Herald).
   * Throws UserError for a bad or private URL, or one the community already has.
   */
  async add(raw: string, community: string, addedBy: string): Promise<SourceRecord> {
    let url: URL;
    try {
      url = parseHttpUrl(raw);
      if (!this.deps.allowPrivate) await assertPublicHost(url);
    } catch (err) {
      if (err instanceof SourceError)
        throw new UserError(err.code === 'private-address' ? 'private-address' : 'bad-url', err.message);
      throw err;
    }
    if (url.href.length > 2000) throw new UserError('bad-url', 'the URL is longer than 2,000 characters');
    const key = normalizeUrl(url.href);
    const existing = (await this.deps.store.listSources()).find((s) => normalizeUrl(s.url) === key);
    const at = this.deps.clock.now().toISOString();
    if (existing) {
      if (existing.origin === 'file')
        throw new UserError(
          'duplicate',
          `${url.href} is already one of this Herald's sources, as ${existing.id}: channels here can subscribe to it`,
        );
      const followers = await this.deps.store.followers(existing.id);
      if (followers.includes(community) || followers.includes('*'))
        throw new UserError('duplicate', `${url.href} is already followed here as ${existing.id}`);
      // Another community follows it: this one shares the fetch, not the listing or the control.
      await this.deps.store.follow(existing.id, community, addedBy, at);
      return existing;
    }
    const source = await this.deps.store.addSource(
      {
        url: url.href,
        name: null,
        everyMinutes: this.deps.defaultEveryMinutes,
        origin: 'chat',
        addedBy,
        addedAt: at,
        ...NEVER_FETCHED,
      },
      sourceIdBases(null, url.href),
    );
    await this.deps.store.follow(source.id, community, addedBy, at);
    const first = this.deps.onAdded?.(source.id);
    if (first) {
      // Kept only a while for the command that added it; nobody may ever ask.
      this.firstFetches.set(source.id, first);
      const forget = (): void => void setTimeout(() => this.firstFetches.delete(source.id), 60_000).unref();
      first.then(forget, forget);
    }
    return source;
  }

  /** A source this community sees, by id or URL; null when it sees none such. */
  async find(ref: string, community: string): Promise<SourceRecord | null> {
    const want = ref.trim();
    const key = normalizeUrl(want);
    const visible = await this.deps.store.visibleTo(community);
    return (
      visible.find((s) => s.id === want.toLowerCase()) ??
      (key ? (visible.find((s) => normalizeUrl(s.url) === key) ?? null) : null)
    );
  }

  /**
   * Stops following a source for a community, by id or URL; a source no community follows any more
   * is removed (its articles stay). Throws UserError.
   */
  async remove(ref: string, community: string): Promise<SourceRecord> {
    const source = await this.find(ref, community);
    if (!source) throw new UserError('not-found', `No source "${ref.trim()}" here.`, ['sources', [['action', 'list']]]);
    if (source.origin === 'file')
      throw new UserError(
        'from-file',
        `${source.id} is set in sources.json for this whole Herald; it can only be removed there`,
      );
    const followers = await this.deps.store.followers(source.id);
    // Sources added before communities existed ('*') are shared by all, and any manager may remove them, as before.
    const mine = followers.includes(community) ? community : '*';
    const remaining = await this.deps.store.unfollow(source.id, mine);
    if (remaining === 0) await this.deps.store.removeSource(source.id);
    return source;
  }
}
