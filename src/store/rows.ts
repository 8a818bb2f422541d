import type { Delivery, Subscription } from './types.js';

// Rows as both databases return them: snake_case columns, booleans as 0/1, lists as JSON text.
export interface SubRow {
  platform: string;
  channel_id: string;
  cron: string;
  schedule: string;
  time_zone: string;
  reminders: number;
  created_by: string;
  created_at: string;
  paused_reason: string | null;
  last_fire_at: string | null;
  schedule_from?: string | null;
  prev_fire_at?: string | null;
  cursor: number | null;
  first_article: string | null;
  community: string | null;
  sources: string | null;
  topics: string | null;
  format: string;
}
export interface DelRow {
  platform: string;
  channel_id: string;
  article_id: string;
  status: Delivery['status'];
  attempts: number;
  claimed_at: string | null;
  sent_at: string | null;
  message_id: string | null;
  last_error: string | null;
  claimed_by: string | null;
  lease_until: string | null;
  parts_sent: number;
  suspect: number;
  batch: string | null;
}

/** A value as the JSON text a column holds; null stays null. */
export function json(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}

/** A subscriptions row as a Subscription. */
export function toSub(r: SubRow): Subscription {
  return {
    platform: r.platform,
    channelId: r.channel_id,
    cron: r.cron,
    schedule: r.schedule,
    timeZone: r.time_zone,
    reminders: Number(r.reminders) === 1,
    createdBy: r.created_by,
    createdAt: r.created_at,
    pausedReason: r.paused_reason,
    lastFireAt: r.last_fire_at,
    scheduleFrom: r.schedule_from ?? null,
    prevFireAt: r.prev_fire_at ?? null,
    cursor: Number(r.cursor ?? 0),
    firstArticle: r.first_article,
    community: r.community,
    sources: r.sources ? (JSON.parse(r.sources) as string[]) : null,
    topics: r.topics ? (JSON.parse(r.topics) as Subscription['topics']) : null,
    format: r.format === 'roundup' ? 'roundup' : 'each',
  };
}

/** A deliveries row as a Delivery. */
export function toDelivery(r: DelRow): Delivery {
  return {
    platform: r.platform,
    channelId: r.channel_id,
    articleId: r.article_id,
    status: r.status,
    attempts: Number(r.attempts),
    claimedAt: r.claimed_at,
    sentAt: r.sent_at,
    messageId: r.message_id,
    lastError: r.last_error,
    claimedBy: r.claimed_by,
    leaseUntil: r.lease_until,
    partsSent: Number(r.parts_sent),
    suspect: Number(r.suspect) === 1,
    batch: r.batch,
  };
}
