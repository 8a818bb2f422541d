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

/** A problem with the input itself: shown to the user, exit code 2 on the CLI. */
export class ArticleError extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'bad-date' | 'bad-front-matter' | 'not-found' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}
