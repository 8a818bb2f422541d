import { ChannelUnavailableError, PermanentPostError, PlatformStartError } from '../../src/errors.js';

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
  // The history check at /subscribe passes in these channels: Herald can read them, not post in them.
  restricted_action_read_only_channel:
    'restricted_action_read_only_channel: only admins may post in the channel (let Herald post there in its settings, or subscribe another channel)',
  restricted_action_thread_only_channel:
    'restricted_action_thread_only_channel: the channel takes replies in threads only, so Herald cannot post there',
  restricted_action: 'restricted_action: a workspace setting keeps Herald from posting in the channel',
  ekm_access_denied: 'ekm_access_denied: the workspace administrators have suspended posting',
};

// Slack refuses this message itself: the same post is refused again at every fire (and, in a roundup
// or the first three of a channel's queue, would hold back every post behind it), so it is given up.
const REFUSED = new Set([
  'invalid_blocks',
  'msg_blocks_too_long',
  'msg_too_long',
  'too_many_attachments',
  'invalid_attachments',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'metadata_too_large',
]);

/**
 * A refused post as the core sees it: the channel needs a person (the subscription pauses), or Slack
 * will never take this post (it is given up, the channel goes on), else null (the core retries).
 */
export function postError(err: unknown): Error | null {
  const code = platformError(err);
  if (code === null) return null;
  if (code in UNAVAILABLE) return new ChannelUnavailableError(UNAVAILABLE[code] ?? code);
  return REFUSED.has(code) ? new PermanentPostError(`Slack refused the post: ${code}`) : null;
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
