/** Structured logs: one JSON line per event on stderr, filtered by LOG_LEVEL, with secrets masked. */

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * A logger writing to `write` (stderr by default). Every string in `secrets` is replaced by
 * "[redacted]" wherever it appears, so a token pasted into an error message never reaches a log.
 */
export function createLogger(
  level: Level,
  secrets: string[] = [],
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const masks = secrets.filter((s) => s.length >= 6);
  const emit = (lvl: Level, msg: string, fields: Record<string, unknown> = {}): void => {
    if (ORDER[lvl] < ORDER[level]) return;
    let line = JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...serialise(fields) });
    for (const s of masks) line = line.split(s).join('[redacted]');
    write(`${line}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

function serialise(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    out[k] =
      v instanceof Error ? { name: v.name, message: v.message, stack: v.stack?.split('\n').slice(0, 6).join('\n') } : v;
  }
  return out;
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
