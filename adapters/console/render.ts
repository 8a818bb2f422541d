import { type Reply, type ReplyPart, timesNote } from '../../src/chat/reply.js';

/** A reply as terminal text, with nothing in it a terminal would act on (article text is untrusted). */
export function renderText(reply: Reply): string {
  return stripControls(reply.parts.map(renderPart).join('\n\n'));
}

// Whole escape sequences first, so their parameters do not show as text: CSI (ESC [ or 8-bit), the
// string commands OSC, DCS, SOS, PM and APC up to BEL or ST, and the two- or three-byte ESC forms.
const SEQUENCE =
  /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)|\x1b[\x20-\x2f]*[\x30-\x7e]/g;
// Then every C0 and C1 control left (an unfinished sequence's introducer among them), but newline and tab.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Text without terminal escape sequences or control characters other than newline and tab. */
export function stripControls(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

function renderPart(p: ReplyPart): string {
  const lines: string[] = [];
  if (p.title) lines.push(`■ ${p.title}`);
  if (p.url) lines.push(`  ${p.url}`);
  if (p.text) lines.push(p.text);
  for (const b of p.bullets ?? []) lines.push(`  • ${b}`);
  // A value of several lines (a list of sources) stays indented under its name. A field's live
  // time is for chat platforms: the terminal prints the value, which already says it in words.
  for (const f of p.fields ?? []) lines.push(`  ${f.name}: ${f.value.replace(/\n/g, '\n    ')}`);
  for (const i of p.items ?? []) {
    lines.push(`  • ${i.title}`);
    if (i.url) lines.push(`    ${i.url}`);
    if (i.text) lines.push(`    ${i.text}`);
    if (i.meta) lines.push(`    ${i.meta}`);
  }
  for (const g of p.quotes ?? []) {
    lines.push(`  ${g.speaker}:`);
    for (const [i, q] of g.quotes.entries()) lines.push(`    “${q}”${timesNote(g, i)}`);
  }
  if (p.footer) lines.push(`  — ${p.footer}`);
  return lines.join('\n');
}
