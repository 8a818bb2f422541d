import { DiscordAPIError } from 'discord.js';
import { ChannelUnavailableError, PermanentPostError, PlatformStartError } from '../../src/errors.js';

// Discord's error codes for a channel that cannot be posted to until a person fixes something.
const CHANNEL_PROBLEMS: Record<number, string> = {
  10003: 'the channel no longer exists (Discord: Unknown Channel)',
  50001: 'Herald cannot see the channel (Discord: Missing Access); give it View Channel there',
  50013:
    'Herald lacks permission in the channel (Discord: Missing Permissions); give it Send Messages and Embed Links there',
  50008: 'the channel does not take messages (Discord: not a text channel)',
  50083: 'the thread is archived (Discord: Thread is archived); unarchive it or subscribe another channel',
};

/** A readable reason when the error means the channel is gone or closed to Herald; null otherwise. */
export function channelProblem(err: unknown): string | null {
  if (!(err instanceof DiscordAPIError)) return null;
  const known = typeof err.code === 'number' ? CHANNEL_PROBLEMS[err.code] : undefined;
  if (known) return known;
  if (err.status === 404) return `the channel was not found (Discord ${err.status}: ${err.message})`;
  if (err.status === 403) return `Herald may not post in the channel (Discord ${err.status}: ${err.message})`;
  return null;
}

/**
 * A refused post as the core sees it: the channel needs a person, or (any other 4xx but 429, which
 * discord.js waits out, and 401, which is the token and not the post) this post is refused for good.
 */
export function postError(err: unknown): Error | null {
  const reason = channelProblem(err);
  if (reason !== null) return new ChannelUnavailableError(reason);
  if (
    err instanceof DiscordAPIError &&
    err.status >= 400 &&
    err.status < 500 &&
    err.status !== 429 &&
    err.status !== 401
  ) {
    return new PermanentPostError(`Discord refused the post (${err.status}, code ${String(err.code)}): ${err.message}`);
  }
  return null;
}

/** Why the token check at start failed (GET /users/@me), naming the setting to check. */
export function startError(err: unknown, apiUrl: string | undefined): PlatformStartError {
  const status = (err as { status?: unknown } | null)?.status;
  // No HTTP status: Discord was never reached, and the token is not to blame.
  if (typeof status !== 'number') {
    const why = err instanceof Error ? err.message : String(err);
    return new PlatformStartError(
      'unreachable',
      `Discord could not be reached (${why}): check the network or proxy${apiUrl ? ', and DISCORD_API_URL' : ''}`,
      { cause: err },
    );
  }
  const check = status === 401 ? 'DISCORD_TOKEN (Developer Portal → Bot → Reset Token)' : 'DISCORD_TOKEN';
  return new PlatformStartError(
    status >= 500 ? 'unreachable' : 'refused',
    `Discord did not accept the bot token (HTTP ${status}): check ${check}${apiUrl ? ' and DISCORD_API_URL' : ''}`,
    { cause: err },
  );
}
