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
