/**
 * The database could not be opened or migrated: a file that is not a database, a folder that cannot be
 * written, a server that refuses the connection. The message names HERALD_DB and the fix; Herald exits 2.
 */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/**
 * The database stayed locked or unreachable past the wait Herald allows one statement. A fire stops
 * its fan-out on it (a post the platform accepted is never posted again for a failed write); a
 * command answers with the generic error.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A second Herald process on the same SQLite file: it would double every post. */
export class StoreInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreInUseError';
  }
}
