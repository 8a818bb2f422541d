import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../src/article/types.js';

/** Reads the first `limit` records of a JSON Lines file under the data directory. */
export async function readJsonl<T>(dataDir: string, file: string, limit: number | null): Promise<T[]> {
  const path = join(dataDir, file);
  const raw = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${path} (${err.code ?? err.message}); pass --data DIR pointing at shared/eval`);
  });
  const lines = raw.split('\n').filter((line) => line.trim() !== '');
  return (limit === null ? lines : lines.slice(0, limit)).map((line) => JSON.parse(line) as T);
}

/** The Article the core expects, built from an evaluation record. */
export function toArticle(id: string, text: string, date: string | null, title: string | null = null): Article {
  return { id, title, date, source: null, url: null, text, keyDate: null };
}

export interface SummaryRecord {
  id: string;
  title?: string | null;
  text: string;
  sentences: string[];
  reference: string;
  date?: string | null;
  archive_date?: string | null;
  reference_sentence_ids?: number[];
}

export interface GoldQuote {
  quote: string;
  quote_spans: [number, number][];
  speaker: string | null;
  speaker_is_pronoun: boolean;
  fully_quoted: boolean;
}

export interface QuoteRecord {
  id: string;
  date: string | null;
  title: string | null;
  text: string;
  quotes: GoldQuote[];
}

export interface Timex {
  text: string;
  start: number | null;
  end?: number | null;
  type?: string;
  value: string | null;
}

export interface DateRecord {
  id: string;
  date: string;
  title?: string | null;
  text: string;
  timexes: Timex[];
}
