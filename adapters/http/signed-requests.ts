import type { ReplayGuard } from '../../src/commands/replay-guard.js';

/** Slack's and Discord's rule alike: a request signed further than this from our clock, either way, is refused. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/**
 * Why a signed request cannot be accepted whatever its signature (missing headers, a malformed
 * timestamp, one outside the window in either direction), or null.
 */
export function staleRequest(
  timestamp: string | undefined,
  signature: string | undefined,
  nowMs: number,
): string | null {
  if (!timestamp || !signature) return 'missing signature headers';
  if (!/^\d{1,12}$/.test(timestamp)) return 'malformed timestamp';
  const skew = nowMs / 1000 - Number(timestamp);
  if (Math.abs(skew) <= SIGNATURE_WINDOW_SECONDS) return null;
  return skew < 0 ? 'timestamp more than 5 minutes in the future' : 'timestamp more than 5 minutes old';
}

/** Whether this is the first delivery of a verified signed request; its key is kept until the window closes. */
export async function firstDelivery(
  replay: ReplayGuard,
  platform: string,
  signature: string,
  timestamp: string,
): Promise<boolean> {
  return replay.firstSeen(`${platform}:${signature}`, (Number(timestamp) + SIGNATURE_WINDOW_SECONDS + 1) * 1000);
}
