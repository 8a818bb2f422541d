import type { Article } from '../article/types.js';

export interface Quote {
  /** The whole quotation without its outer marks; interrupted parts joined. */
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}

export type DateRole = 'deadline' | 'event' | 'published' | 'mention';

export interface DateMention {
  text: string;
  date: string;
  start: number;
  end: number;
  role: DateRole;
}

export interface KeyDate {
  date: string;
  label: string;
  sentence: string;
}

export interface Countdown {
  days: number;
  status: 'upcoming' | 'today' | 'passed';
  text: string;
}

/** Everything about an article that does not depend on the clock: cached by content hash. */
export interface DigestCore {
  article: Pick<Article, 'id' | 'title' | 'date' | 'source' | 'url'>;
  headline: string;
  briefing: string[];
  quotes: Quote[];
  dates: DateMention[];
  keyDate: KeyDate | null;
}

/** The Digest JSON contract (see DESIGN.md): field names never change. */
export interface Digest extends DigestCore {
  countdown: Countdown | null;
}
