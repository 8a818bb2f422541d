import type { Logger } from '../log.js';

/** The logger node-cron's task options take. */
interface CronLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error, err?: Error): void;
  debug(message: string | Error, err?: Error): void;
}

/**
 * node-cron's own messages as Herald's log events, naming the channel whose task says them; by
 * default node-cron prints coloured lines of its own on stderr, among Herald's JSON lines.
 */
export function cronLogger(log: Logger, fields: Record<string, unknown>): CronLogger {
  const text = (m: string | Error): string => (m instanceof Error ? m.message : m);
  const withErr = (m: string | Error, err?: Error) => ({ ...fields, err: err ?? (m instanceof Error ? m : undefined) });
  return {
    info: (m) => log.info(`node-cron: ${m}`, fields),
    warn: (m) =>
      /overlap/i.test(m)
        ? log.warn('fire skipped: the previous fire is still running', fields)
        : log.warn(`node-cron: ${m}`, fields),
    error: (m, err) => log.error(`node-cron: ${text(m)}`, withErr(m, err)),
    debug: (m, err) => log.debug(`node-cron: ${text(m)}`, withErr(m, err)),
  };
}
