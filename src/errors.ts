/**
 * Every error Herald throws on purpose, in one place. Two kinds matter to a person: a problem they can
 * fix (UserError, ArticleError, ConfigError: shown privately with its code, never logged as a fault)
 * and everything else (logged once, answered with SOMETHING_WENT_WRONG). Each message says what to do.
 */

/** What a person sees when answering them failed in a way they cannot fix. */
export const SOMETHING_WENT_WRONG =
  'Something went wrong while answering that. It has been logged; please try again later.';

/**
 * What a command says when there is no article to show. Not the articles folder's path: people in
 * chat cannot add a file on the server, and the path is the server's business (the terminal's
 * greeting names it for the person who runs Herald).
 */
export const NO_ARTICLES_YET = 'No articles yet: the articles folder is empty, and no news source has brought one.';

/** Codes of the problems a person can fix in what they typed. */
export type UserErrorCode =
  | 'bad-option'
  | 'bad-schedule'
  | 'bad-timezone'
  | 'bad-source'
  | 'bad-topics'
  | 'bad-url'
  | 'cannot-post'
  | 'private-address'
  | 'duplicate'
  | 'forbidden'
  | 'from-file'
  | 'not-found';

/** A command and its option values that list what a person may have meant, e.g. ['sources', [['action', 'list']]]. */
export type SeeCommand = [name: string, args?: Array<[string, string]>];

/** A problem the user can fix: shown privately with its code, never logged as a fault. */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** The command that lists what the person may have meant; the chat adds it as they would use it. */
    readonly seeCommand?: SeeCommand,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A problem with an article itself: shown to the user, exit code 2 on the CLI. */
export class ArticleError extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'bad-date' | 'bad-front-matter' | 'not-found' | 'ambiguous' | 'too-large',
    message: string,
    /** The command that lists what the person may have meant; the chat adds it as they would use it. */
    readonly seeCommand?: SeeCommand,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** A command line the CLI cannot run: one line on stderr, exit code 2, nothing on stdout. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Settings that cannot be used: each problem names the variable and the fix. */
export class ConfigError extends Error {
  readonly code = 'bad-config';
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Why fetching or reading a source failed: one line, shown in /sources list and logged. */
export class SourceError extends Error {
  constructor(
    readonly code:
      | 'bad-url'
      | 'private-address'
      | 'timeout'
      | 'network'
      | 'http'
      | 'not-found'
      | 'too-large'
      | 'redirects'
      | 'redirect-loop'
      | 'content-type'
      | 'bad-feed'
      | 'no-article',
    message: string,
    /** Seconds the server asked us to wait (Retry-After on 429/503). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** sources.json cannot be used: every problem, each naming its entry. The sources already known are kept. */
export class SourcesFileError extends Error {
  readonly code = 'bad-sources-file';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'SourcesFileError';
  }
}

/** The channel is gone or the bot lacks access: retrying will not help; the subscription is paused. */
export class ChannelUnavailableError extends Error {
  readonly code = 'channel-unavailable';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ChannelUnavailableError';
  }
}

/**
 * The platform refused this post itself (Discord 400 Invalid Form Body, say): the same post will be
 * refused again, so it fails for good, but the subscription and the channel's other posts go on. The
 * message carries the platform's own error.
 */
export class PermanentPostError extends Error {
  readonly code = 'post-refused';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PermanentPostError';
  }
}

/**
 * A platform could not be used at start: it refused the token (`refused`: a setting to fix, exit 2),
 * or it could not be reached (`unreachable`: the network, a proxy or the API URL; exit 1, so a
 * supervisor tries again). The message names the variables to check.
 */
export class PlatformStartError extends Error {
  constructor(
    readonly code: 'refused' | 'unreachable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PlatformStartError';
  }
}

/** The HTTP server cannot listen where the settings say (PORT in use, HERALD_HTTP_HOST not an address here). */
export class ListenError extends Error {
  readonly code = 'cannot-listen';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ListenError';
  }
}

/**
 * The database was last migrated by a newer Herald (a release run, then an older one started on it):
 * this release would not keep the newer tables up to date (a renamed file's place, a source's kind),
 * so it could post articles again. Carries the fix, which the store's open error shows.
 */
export class SchemaTooNewError extends Error {
  readonly code = 'schema-too-new';
  readonly fix = 'run that release or a newer one, or restore the backup made before the upgrade';
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`it was last used by a newer Herald (schema ${found}; this release knows up to ${known})`);
    this.name = 'SchemaTooNewError';
  }
}

/**
 * The database could not be opened or migrated: a file that is not a database, a folder that cannot be
 * written, a server that refuses the connection. The message names HERALD_DB and the fix; Herald exits 2.
 */
export class StoreOpenError extends Error {
  readonly code = 'store-open';
  /** The server never answered (it may still be starting): Herald exits 1, so a supervisor retries. */
  readonly unreachable: boolean;
  constructor(message: string, options?: { cause?: unknown; unreachable?: boolean }) {
    super(message, options);
    this.name = 'StoreOpenError';
    this.unreachable = options?.unreachable ?? false;
  }
}

/**
 * The database stayed locked or unreachable past the wait Herald allows one statement. A fire stops
 * its fan-out on it (a post the platform accepted is never posted again for a failed write); a command
 * answers with SOMETHING_WENT_WRONG.
 */
export class StoreUnavailableError extends Error {
  readonly code = 'store-unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A second Herald process on the same SQLite file, or one on a file move-database moved: it would double every post. */
export class StoreInUseError extends Error {
  readonly code = 'store-in-use';
  constructor(message: string) {
    super(message);
    this.name = 'StoreInUseError';
  }
}

/**
 * `herald move-database` will not go ahead (the SQLite file is in use, the target is not an empty
 * PostgreSQL database, a schema is newer than this release): one line saying what to do first, exit
 * code 2. Neither database holds anything of the move.
 */
export class MoveRefusedError extends Error {
  readonly code = 'move-refused';
  constructor(message: string) {
    super(message);
    this.name = 'MoveRefusedError';
  }
}
