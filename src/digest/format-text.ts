import type { Digest } from './types.js';

/** A digest as a person reads it in a terminal. */
export function formatDigestText(d: Digest): string {
  const lines: string[] = [];
  const meta = [d.article.date, d.article.source, d.article.id].filter(Boolean).join(' · ');
  lines.push(d.headline, meta, '');
  for (const item of d.briefing) lines.push(`  • ${item}`);
  if (d.countdown) lines.push('', `⏳ ${d.countdown.text}`);
  if (d.quotes.length > 0) {
    lines.push('', `Quotes (${d.quotes.length}):`);
    for (const q of d.quotes) lines.push(`  “${q.text}”`, `      — ${q.speaker ?? 'unattributed'}`);
  }
  if (d.article.url) lines.push('', d.article.url);
  return lines.join('\n');
}
