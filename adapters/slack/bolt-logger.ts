import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Bolt's logger interface on top of Herald's structured logger, so Bolt's own messages (a rejected
 * signature, a dropped Socket Mode connection) land in the same JSON log with secrets masked.
 */
export function boltLogger(log: Logger): BoltLogger {
  let level = 'info' as LogLevel;
  let name = 'bolt';
  const emit = (lvl: (typeof LEVELS)[number], msg: unknown[]): void => {
    if (LEVELS.indexOf(lvl) < LEVELS.indexOf(level as (typeof LEVELS)[number])) return;
    log[lvl](msg.map(show).join(' '), { source: name });
  };
  return {
    debug: (...m: unknown[]) => emit('debug', m),
    info: (...m: unknown[]) => emit('info', m),
    warn: (...m: unknown[]) => emit('warn', m),
    error: (...m: unknown[]) => emit('error', m),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}

function show(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x instanceof Error) return `${x.name}: ${x.message}`;
  try {
    return JSON.stringify(x);
  } catch {
    return String(x);
  }
}
