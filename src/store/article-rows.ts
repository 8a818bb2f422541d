import type { Article } from '../article/types.js';
import type { ArticleMeta, ArticleRecord } from './types.js';

/** An `articles` row (the text only when asked for). */
export interface ArticleRow {
  seq: number;
  id: string;
  kind: 'file' | 'source';
  file: string | null;
  source_id: string | null;
  source_name: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  key_date_override: string | null;
  content_hash: string;
  version: number;
  headline: string | null;
  key_date: string | null;
  summary_hash: string | null;
  created_at: string;
  text?: string;
}

/** The columns of an index entry (without the text). */
export const META = `seq, id, kind, file, source_id, source_name, title, date, url, key_date_override, content_hash, version,
  headline, key_date, summary_hash, created_at`;
// What an index row says of any article, whether listed (ArticleMeta) or read whole (ArticleRecord).
function identity(r: ArticleRow) {
  return {
    seq: Number(r.seq),
    id: r.id,
    kind: r.kind,
    sourceId: r.source_id,
    title: r.title,
    date: r.date,
    source: r.source_name,
    url: r.url,
    hash: r.content_hash,
    version: Number(r.version),
    createdAt: r.created_at,
  };
}

/** An index row as a listed entry. */
export function toMeta(r: ArticleRow): ArticleMeta {
  const fresh = r.summary_hash === r.content_hash;
  return { ...identity(r), keyDay: fresh ? r.key_date : null, headline: fresh ? r.headline : null };
}

/** An index row read whole. */
export function toRecord(r: ArticleRow): ArticleRecord {
  const keyDate = r.key_date_override ? (JSON.parse(r.key_date_override) as Article['keyDate']) : null;
  return { ...identity(r), keyDate, text: r.text ?? '' };
}
