import { ConfigError, ListenError, PlatformStartError, StoreInUseError, StoreOpenError } from '../src/errors.js';

/**
 * Runs a start-up step. A problem a person fixes (a setting, a path, the database, a refused token)
 * prints one message naming what to fix and exits 2; a platform out of reach exits 1 instead, so a
 * supervisor tries again. Anything else is thrown on.
 */
export async function orExit<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    if (
      err instanceof StoreOpenError ||
      err instanceof StoreInUseError ||
      err instanceof PlatformStartError ||
      err instanceof ListenError
    ) {
      process.stderr.write(`herald: ${err.message}\n`);
      const transient =
        (err instanceof PlatformStartError && err.code === 'unreachable') ||
        (err instanceof StoreOpenError && err.unreachable);
      process.exit(transient ? 1 : 2);
    }
    throw err;
  }
}
