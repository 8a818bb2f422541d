/** A feed or article URL Herald polls, with the state of its last fetches. */
export interface SourceRecord {
  id: string;
  url: string;
  name: string | null;
  everyMinutes: number;
  /** `file`: digests/sources.json (kept in step with the file); `chat`: added with /sources add. */
  origin: 'file' | 'chat';
  addedBy: string | null;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** False until the first successful fetch, which posts only the newest item. */
  fetchedOnce: boolean;
  lastFetchAt: string | null;
  lastOkAt: string | null;
  lastError: string | null;
  /** Failed fetches in a row; the backoff doubles with each. */
  failures: number;
  nextFetchAt: string | null;
  /** What its last good fetch read: a feed, or one article page (null before one). */
  kind: 'feed' | 'page' | null;
}

/** The fetch state of a source never fetched: what a new source starts with, from a file or from chat. */
export const NEVER_FETCHED = {
  etag: null,
  lastModified: null,
  fetchedOnce: false,
  lastFetchAt: null,
  lastOkAt: null,
  lastError: null,
  failures: 0,
  nextFetchAt: null,
} as const satisfies Partial<SourceRecord>;

/** An article taken from a source, before it has an id and a sequence number. */
export interface NewSourceArticle {
  sourceId: string;
  sourceName: string | null;
  url: string | null;
  guid: string | null;
  title: string | null;
  date: string | null;
  text: string;
  createdAt: string;
}

/** What one successful fetch of a source changes, written in one transaction. */
export interface FetchCommit {
  sourceId: string;
  at: string;
  etag: string | null;
  lastModified: string | null;
  nextFetchAt: string;
  /** Fills the source's name when it has none (the feed's title). */
  name: string | null;
  /** What this fetch read (null or left out: not modified, the kind stays). */
  kind?: 'feed' | 'page' | null;
  /** New articles, each with its dedupe keys; one whose key is already seen is recorded as seen instead. */
  articles: Array<{ article: NewSourceArticle; idBase: string; keys: string[] }>;
  /** Keys of items recorded as seen without an article (older items on a first fetch). */
  seen: string[];
  /**
   * The keys, seen before, of the items this fetch listed: they are remembered while a feed lists
   * them. Given by a fetch that read the items (absent for a 304).
   */
  listed?: string[];
  /**
   * The keys of each item that is news to this source but already known: when another source stored
   * it, this source carries that article too (a wire story in two communities' feeds).
   */
  known?: string[][];
  /**
   * The keys of each older item of a first fetch that another source stored: carried too, but not
   * news (without it the next fetch took every one of them for news).
   */
  carriedBefore?: string[][];
}

/** A dedupe key seen before. */
export interface SeenKey {
  sourceId: string;
  articleId: string | null;
}

/** Persistence for sources, the articles taken from them and the dedupe keys. */
export interface SourceStore {
  listSources(): Promise<SourceRecord[]>;
  getSource(id: string): Promise<SourceRecord | null>;
  findSourceByUrl(url: string): Promise<SourceRecord | null>;
  /**
   * Adds a source; its id is the first of `idBases` not taken, else the first with `-2`, `-3`…
   * Returns the stored record.
   */
  addSource(s: Omit<SourceRecord, 'id' | 'kind'>, idBases: string | readonly string[]): Promise<SourceRecord>;
  updateSource(
    id: string,
    change: Partial<Pick<SourceRecord, 'name' | 'everyMinutes' | 'origin' | 'nextFetchAt'>>,
  ): Promise<void>;
  removeSource(id: string): Promise<boolean>;
  /**
   * Which of these keys were seen before: each with the source that first met it and the article it
   * names (null: seen without one, as an older item on a first fetch).
   */
  seenKeys(keys: string[]): Promise<Map<string, SeenKey>>;
  /** Sources a community sees: the instance's (sources.json) and the ones it follows. */
  visibleTo(community: string | null): Promise<SourceRecord[]>;
  /** The communities that follow a source added in chat ('*': every community, from before communities existed). */
  followers(sourceId: string): Promise<string[]>;
  follow(sourceId: string, community: string, by: string, at: string): Promise<void>;
  /** Stops following; returns how many communities still follow the source. */
  unfollow(sourceId: string, community: string): Promise<number>;
  /**
   * Applies a successful fetch: stores each new article under a free id (`idBase`, then with a hash
   * suffix) in the article index, and records every key. Returns the ids stored.
   */
  commitFetch(c: FetchCommit): Promise<string[]>;
  recordFailure(sourceId: string, at: string, error: string, nextFetchAt: string): Promise<void>;
  /**
   * Takes the poll of a due source: moves its next fetch to `until` (a lease) if it is due at `at`.
   * False when another instance took it first. A successful or failed fetch sets the real next time.
   */
  claimPoll(sourceId: string, at: string, until: string): Promise<boolean>;
  /** Articles of each source (not yet pruned): those it stored, and those it carries. */
  articleCounts(): Promise<Map<string, number>>;
  /** Deletes source articles stored before `before` (their keys stay seen, so they never come back). */
  pruneArticles(before: string): Promise<number>;
  /**
   * Forgets keys no fetch has listed since `before`, once their source has read its items since (so
   * not a feed that answered only 304s), or once their source is gone. Returns how many.
   */
  pruneSeen(before: string): Promise<number>;
}
