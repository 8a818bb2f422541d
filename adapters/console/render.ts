import type { Reply, ReplyPart } from '../../src/commands/reply.js';

/** A reply as terminal text. */
export function renderText(reply: Reply): string {
  return reply.parts.map(renderPart).join('\n\n');
}

function renderPart(p: ReplyPart): string {
  const lines: string[] = [];
  if (p.title) lines.push(`■ ${p.title}`);
  if (p.url) lines.push(`  ${p.url}`);
  if (p.text) lines.push(p.text);
  for (const b of p.bullets ?? []) lines.push(`  • ${b}`);
  for (const f of p.fields ?? []) lines.push(`  ${f.name}: ${f.value}`);
  for (const g of p.quotes ?? []) {
    lines.push(`  ${g.speaker}:`);
    for (const q of g.quotes) lines.push(`    “${q}”`);
  }
  if (p.footer) lines.push(`  — ${p.footer}`);
  return lines.join('\n');
}
