import type { Reply, ReplyPart } from '../../src/commands/reply.js';

/**
 * The core writes commands as Discord names them (`/quotes speaker:…`); on Slack they are
 * subcommands of one slash command (`/herald quotes speaker:…`). This rewrites the core's own
 * wording: every text of help, info and error replies, and only the fields of a digest (its
 * briefing and quotes are the article's words and stay as written).
 */
export function withSlackCommandNames(reply: Reply, command: string, names: readonly string[]): Reply {
  const fix = (s: string): string => renameCommands(s, command, names);
  const whole = reply.kind === 'info' || reply.kind === 'error';
  const part = (p: ReplyPart): ReplyPart => {
    const out: ReplyPart = { ...p };
    if (p.fields) out.fields = p.fields.map((f) => ({ name: f.name, value: fix(f.value) }));
    if (!whole) return out;
    if (p.title !== undefined) out.title = fix(p.title);
    if (p.text !== undefined) out.text = fix(p.text);
    if (p.footer !== undefined) out.footer = fix(p.footer);
    if (p.bullets) out.bullets = p.bullets.map(fix);
    return out;
  };
  return { ...reply, parts: reply.parts.map(part) };
}

/** `/quotes` → `/herald quotes` for each known command name written after a space, a bracket or a quote mark. */
export function renameCommands(text: string, command: string, names: readonly string[]): string {
  const own = command.replace(/^\//, '');
  const wanted = names.filter((n) => n !== own && /^[\w-]+$/.test(n));
  if (wanted.length === 0) return text;
  const re = new RegExp(`(^|[\\s(“"'‘])/(${wanted.join('|')})(?![\\w/-])`, 'g');
  return text.replace(re, (_m, lead: string, name: string) => `${lead}${command} ${name}`);
}
