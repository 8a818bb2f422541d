import type { Article } from '../article/types.js';

/** An article in the index: a file in digests/ or an item taken from a news source. */
export interface ArticleRecord extends Article {
  /** Ingestion order: later articles have larger numbers. */
  seq: number;
  kind: 'file' | 'source';
  sourceId: string | null;
  /** The other sources that carry it (a story two feeds share), when there are any. */
  moreSources?: string[];
  /**
   * Those of `moreSources` that only list it (it was an older item of their first fetch): it is not
   * news through them, so it is posted to no channel for their sake.
   */
  listedBy?: string[];
  /** Hash of everything the digest depends on: a new hash is a new version of the article. */
  hash: string;
  version: number;
  createdAt: string;
}

/** An index entry without its text, with the digest's headline and key day once computed. */
export interface ArticleMeta extends Omit<ArticleRecord, 'text' | 'keyDate'> {
  /**
   * From `after()` only: the source through which a story another source stored comes again at this
   * place in the order (`seq` is then that place, not the article's own, and `createdAt` when that
   * source began carrying it).
   */
  via?: string;
  headline: string | null;
  /** The digest's key date (YYYY-MM-DD), when the digest of this version was computed and had one. */
  keyDay: string | null;
}

/**
 * What adding or re-reading an article file did: `addedAs` when it was added under an id other than
 * its name, an edition of the name (`today~2`: a different story than the one the name had before,
 * or that one back).
 */
export type FileChange = 'added' | 'changed' | 'same' | { taken: string } | { addedAs: string };

/**
 * The article index: every article Herald knows, with indexed queries so that no command or fire
 * reads more than it shows or posts.
 */
export interface ArticleStore {
  get(id: string): Promise<ArticleRecord | null>;
  /** The index entry alone (no text). */
  meta(id: string): Promise<ArticleMeta | null>;
  /**
   * Newest first (publication date, undated last, then id). With `sources`, only the article files
   * and the items of those sources (what one community sees).
   */
  newest(limit: number, sources?: readonly string[]): Promise<ArticleMeta[]>;
  /**
   * Whose id, id without its date, or title starts with `prefix` (case and accents ignored); newest
   * first. With `sources`, only the article files and the items of those sources.
   */
  matching(prefix: string, limit: number, sources?: readonly string[]): Promise<ArticleMeta[]>;
  /** In ingestion order, after `seq`. */
  after(seq: number, limit: number): Promise<ArticleMeta[]>;
  /**
   * Every place where the article comes in the ingestion order: its own (no `via`), then each where
   * another source carrying it brings it again (`via` that source), each with the time it came there
   * (`since`: what a channel's wait counts from). Empty when it is not indexed.
   */
  places(id: string): Promise<Array<{ seq: number; via?: string; since: string }>>;
  /**
   * The article files at or before `seq` in the order whose very text (header included) has one of
   * `hashes`: each hash with their ids, first first. A file copied under a new name is the same story.
   */
  filesWithText(hashes: readonly string[], seq: number): Promise<Map<string, string[]>>;
  /**
   * The article files whose text before an edit of the same story had one of `hashes`: each hash
   * with their ids and places in the order. A copy made before the edit is that story.
   */
  editedTexts(hashes: readonly string[]): Promise<Map<string, Array<{ id: string; seq: number }>>>;
  /** The largest sequence number given so far (0 when there are no articles). */
  maxSeq(): Promise<number>;
  /** How many articles there are; with `sources`, the article files and the items of those sources. */
  count(sources?: readonly string[]): Promise<number>;
  /** Keeps the digest's headline and key date for the version with this hash (for /articles). */
  setSummary(id: string, hash: string, headline: string, keyDate: string | null): Promise<void>;
  /** The files in the index with the stamp (mtime and size) they were read at. */
  fileStamps(): Promise<Map<string, string>>;
  /** The articles folder the index mirrors, as recorded at the last start (null before any). */
  mirroredFolder(): Promise<string | null>;
  setMirroredFolder(folder: string): Promise<void>;
  /** Adds or updates the article read from `file`. An id held by a source article is not taken. */
  upsertFile(file: string, stamp: string, article: Article, at: string): Promise<FileChange>;
  /** The article the file named `name` (its name without the extension) holds now, whatever its edition. */
  byName(name: string): Promise<ArticleRecord | null>;
  removeFile(file: string): Promise<boolean>;
}
