import type { webApi } from '@slack/bolt';

/** The metadata event type Herald's scheduled posts carry. */
export const DELIVERY_EVENT = 'herald_delivery';
// History pages read at most when looking for an interrupted post (200 messages each).
const MAX_PAGES = 5;

/** Message metadata naming the delivery (channel + article) and which message of it this is. */
export function deliveryMetadata(
  key: string,
  part: number,
): { event_type: string; event_payload: { delivery: string; part: number } } {
  return { event_type: DELIVERY_EVENT, event_payload: { delivery: key, part } };
}

type History = (args: webApi.ConversationsHistoryArguments) => Promise<webApi.ConversationsHistoryResponse>;

/**
 * How many messages of a delivery the channel has, from its history since `since` (a minute earlier,
 * for clock differences): the parts are posted in order, so the highest part found tells.
 */
export async function findDelivery(
  history: History,
  channel: string,
  key: string,
  since: string,
): Promise<{ parts: number; messageId: string | null }> {
  const oldest = String(Math.max(0, Date.parse(since) / 1000 - 60));
  let parts = 0;
  let messageId: string | null = null;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await history({
      channel,
      oldest,
      limit: 200,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    });
    for (const m of res.messages ?? []) {
      const meta = m.metadata as
        | { event_type?: string; event_payload?: { delivery?: unknown; part?: unknown } }
        | undefined;
      if (meta?.event_type !== DELIVERY_EVENT || meta.event_payload?.delivery !== key) continue;
      const part = Number(meta.event_payload.part);
      if (Number.isInteger(part)) parts = Math.max(parts, part + 1);
      if (part === 0) messageId = m.ts ?? null;
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return { parts, messageId };
}
