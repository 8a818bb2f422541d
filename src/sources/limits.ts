import pkg from '../../package.json' with { type: 'json' };
import type { FetchLimits } from './types.js';

/**
 * Where site owners can read what Herald is. A placeholder until the project has a public home: set
 * HERALD_FETCH_CONTACT to your own page or a mailto: so a site owner can reach whoever runs the bot.
 */
export const DEFAULT_CONTACT = 'https://github.com/herald-bot/herald';

// Imported, not read at run time, so a bundled build (npm start) carries it.
const version = pkg.version;

/** `Herald/0.1.0 (+URL; news digests)`: names the bot and where to read about it, as polite crawlers do. */
export function userAgent(contact: string = DEFAULT_CONTACT): string {
  return `Herald/${version} (+${contact}; news digests)`;
}

/** The limits with Herald's defaults; each can be overridden (config, tests). */
export function fetchLimits(over: Partial<FetchLimits> = {}): FetchLimits {
  return {
    timeoutMs: 15_000,
    maxBytes: 5_000_000,
    maxRedirects: 5,
    userAgent: userAgent(),
    allowPrivate: false,
    trustedUrl: null,
    maxItems: 200,
    maxPages: 10,
    ...over,
  };
}

/** The settings that limit fetching, as the config reads them. */
export interface FetchSettings {
  HERALD_FETCH_TIMEOUT: number;
  HERALD_FETCH_MAX_BYTES: number;
  HERALD_FETCH_CONTACT?: string | undefined;
  HERALD_SOURCES_ALLOW_PRIVATE: 'on' | 'off';
}

/** The fetch limits the settings give: one place for the bot's poller and for `herald fetch`. */
export function limitsFrom(c: FetchSettings, over: Partial<FetchLimits> = {}): FetchLimits {
  return fetchLimits({
    timeoutMs: c.HERALD_FETCH_TIMEOUT * 1000,
    maxBytes: c.HERALD_FETCH_MAX_BYTES,
    userAgent: userAgent(c.HERALD_FETCH_CONTACT),
    allowPrivate: c.HERALD_SOURCES_ALLOW_PRIVATE === 'on',
    ...over,
  });
}
