/** A message as the fake keeps it in a channel's history. */
export interface FakeMessage {
  ts: string;
  text: string;
  blocks?: unknown;
  /** Message metadata as accepted (`{ event_type, event_payload }`), if the message carried any. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** The app's bot for Herald's own posts; a person's user id otherwise. */
  bot_id?: string;
  user?: string;
}

/** Bot scopes Herald's manifest asks for; the fake grants these unless a test takes some away. */
export const FAKE_SCOPES = ['commands', 'chat:write', 'users:read', 'im:write', 'channels:history', 'groups:history'];

// Slack: "Event types can contain letters, numbers, underscores, and hyphens"; anything else is dropped
// with a warning (invalid_metadata_schema) and the message is posted without it.
const EVENT_TYPE = /^[A-Za-z0-9_-]+$/;

/**
 * What chat.postMessage does with a `metadata` argument: an error for a value that is not a JSON
 * object (invalid_metadata_format); the metadata, or nothing plus a warning when it breaks the schema.
 */
export function acceptMetadata(
  raw: unknown,
): { error: string } | { metadata?: FakeMessage['metadata']; warning?: string } {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'invalid_metadata_format' };
  const m = raw as { event_type?: unknown; event_payload?: unknown };
  const payload = m.event_payload;
  if (
    typeof m.event_type !== 'string' ||
    !EVENT_TYPE.test(m.event_type) ||
    typeof payload !== 'object' ||
    payload === null ||
    Array.isArray(payload)
  ) {
    return { warning: 'invalid_metadata_schema' };
  }
  return { metadata: { event_type: m.event_type, event_payload: payload as Record<string, unknown> } };
}

const CURSOR = 'next_ts:';

/**
 * conversations.history over the messages kept for one channel (oldest first): newest first, only
 * messages after `oldest` and before `latest` (both ends with `inclusive`), `limit` a page (default
 * 100, at most 999), then `response_metadata.next_cursor` for the next page. Metadata only with
 * `include_all_metadata`.
 */
export function historyPage(messages: readonly FakeMessage[], args: Record<string, unknown>): Record<string, unknown> {
  const num = (v: unknown, fallback: number): number | null => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  };
  const inclusive = truthy(args.inclusive);
  const oldest = num(args.oldest, 0);
  if (oldest === null) return { ok: false, error: 'invalid_ts_oldest' };
  const latest = num(args.latest, Infinity);
  if (latest === null) return { ok: false, error: 'invalid_ts_latest' };
  const limit = Math.min(999, Math.max(1, num(args.limit, 100) ?? 100));
  let before = latest;
  let beforeInclusive = inclusive;
  if (typeof args.cursor === 'string' && args.cursor !== '') {
    const decoded = Buffer.from(args.cursor, 'base64').toString('utf8');
    if (!decoded.startsWith(CURSOR) || !Number.isFinite(Number(decoded.slice(CURSOR.length))))
      return { ok: false, error: 'invalid_cursor' };
    before = Number(decoded.slice(CURSOR.length));
    beforeInclusive = false;
  }
  const inRange = messages
    .filter((m) => {
      const t = Number(m.ts);
      return (inclusive ? t >= oldest : t > oldest) && (beforeInclusive ? t <= before : t < before);
    })
    .reverse();
  const page = inRange.slice(0, limit);
  const more = inRange.length > limit;
  const withMeta = truthy(args.include_all_metadata);
  const last = page[page.length - 1];
  return {
    ok: true,
    messages: page.map((m) => {
      const { metadata, ...rest } = m;
      return { type: 'message', ...rest, ...(withMeta && metadata ? { metadata } : {}) };
    }),
    has_more: more,
    pin_count: 0,
    response_metadata: { next_cursor: more && last ? Buffer.from(`${CURSOR}${last.ts}`).toString('base64') : '' },
  };
}

/** The scope conversations.history needs for a conversation id: C public, G private, D direct. */
export function historyScope(channel: string): string {
  if (channel.startsWith('G')) return 'groups:history';
  if (channel.startsWith('D')) return 'im:history';
  return 'channels:history';
}

// The Web API client sends booleans as form fields ("true"); JSON bodies carry real ones.
function truthy(v: unknown): boolean {
  return v === true || v === 'true' || v === '1' || v === 1;
}
