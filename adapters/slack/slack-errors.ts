import { ChannelUnavailableError, PlatformStartError } from '../../src/errors.js';

/** The Slack error code (`not_in_channel`, `invalid_auth`…) of a Web API platform error, else null. */
export function platformError(err: unknown): string | null {
  const e = err as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : null;
}

/** Seconds Slack asked us to wait, for a rate-limited call (the client runs with rejectRateLimitedCalls), else null. */
export function retryAfterSeconds(err: unknown): number | null {
  const e = err as { code?: unknown; retryAfter?: unknown } | null;
  return e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number' ? e.retryAfter : null;
}

/** A short description of a Web API failure for logs and user messages. */
export function describeError(err: unknown): string {
  const code = platformError(err);
  if (code) return code;
  const after = retryAfterSeconds(err);
  if (after !== null) return `rate limited (retry after ${after}s)`;
  return err instanceof Error ? err.message : String(err);
}

/** Whether a Web API call failed before Slack answered it (network, DNS, refused connection, timeout, 5xx). */
export function unreached(err: unknown): boolean {
  const e = err as { code?: unknown; statusCode?: unknown } | null;
  if (e?.code === 'slack_webapi_request_error') return true;
  return e?.code === 'slack_webapi_http_error' && typeof e.statusCode === 'number' && e.statusCode >= 500;
}

// Slack answers that mean "a person must fix this channel first"; the core pauses the subscription.
const UNAVAILABLE: Record<string, string> = {
  not_in_channel: 'not_in_channel: the Herald app is not a member of the channel (invite it with /invite @Herald)',
  channel_not_found: 'channel_not_found: the channel was deleted, or is private and the app was never added',
  is_archived: 'is_archived: the channel is archived',
};

/** A refused post as the core sees it: the channel needs a person (the subscription pauses), else null. */
export function postError(err: unknown): Error | null {
  const code = platformError(err);
  return code && code in UNAVAILABLE ? new ChannelUnavailableError(UNAVAILABLE[code] ?? code) : null;
}

/** Why auth.test failed at start, naming the setting to check. */
export function initError(err: unknown, apiUrl: string | undefined): PlatformStartError {
  const where = apiUrl ? ` at SLACK_API_URL ${apiUrl}` : '';
  // A request that never got Slack's answer says nothing about the token.
  if (unreached(err))
    return new PlatformStartError(
      'unreachable',
      `Slack could not be reached (${describeError(err)}${where}): check the network or proxy${apiUrl ? ', and SLACK_API_URL' : ''}`,
      { cause: err },
    );
  const check = `SLACK_BOT_TOKEN (Bot User OAuth Token, xoxb-…)${apiUrl ? ' and SLACK_API_URL' : ''}`;
  return new PlatformStartError('refused', `Slack auth.test failed (${describeError(err)}${where}): check ${check}`, {
    cause: err,
  });
}

/** Why Socket Mode did not connect at start. */
export function socketError(err: unknown, apiUrl: string | undefined): PlatformStartError {
  const where = apiUrl ? ` at SLACK_API_URL ${apiUrl}` : '';
  return new PlatformStartError(
    unreached(err) ? 'unreachable' : 'refused',
    `Slack Socket Mode did not connect (${describeError(err)}${where}): check SLACK_APP_TOKEN (an app-level token with connections:write) and that Socket Mode is on`,
    { cause: err },
  );
}
