/** An article as read from `digests/` (or, later, a feed). `text` is the body: all offsets point into it. */
export interface Article {
  id: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
  /** Front-matter override of the detected key date. */
  keyDate: { date: string; label: string } | null;
}
