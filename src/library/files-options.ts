import type { ArticleStore } from '../store/types.js';
import type { Clock } from '../clock.js';

/** An article file that could not be read, with the reason (reported once per change of the file). */
export interface ArticleProblem {
  file: string;
  message: string;
}

export interface FilesOptions {
  dir: string;
  store: ArticleStore;
  clock: Clock;
  onProblem?: (p: ArticleProblem) => void;
  /** The folder could not be read: its articles stay in the index until it can (said once per reason). */
  onFolderLost?: (message: string) => void;
  /** An article taken in with a publication date after tomorrow: most likely a typo in its year. */
  onFutureDate?: (p: ArticleProblem) => void;
  /** Rescan of the whole folder while fs.watch works (a safety net), and when it does not. */
  rescanMs?: number;
  rescanWithoutWatchMs?: number;
}

/** What one pass over the folder changed. */
export interface SyncResult {
  added: string[];
  changed: string[];
  removed: string[];
}
