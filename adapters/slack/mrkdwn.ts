import { linkableUrl } from '../../src/chat/split.js';

/**
 * Escapes the three characters Slack treats as markup, so article text such as `<!channel>` or
 * `<@U123>` is shown as written and never pings anyone.
 */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The inverse of escapeText, for text Slack sends us (slash command text arrives escaped), with link tokens read as their URL. */
export function unescapeText(s: string): string {
  // A raw "<" is always Slack's: a link token, as a command set to escape links sends a pasted URL
  // (<https://…|label>, <https://…>). The URL is what was typed.
  return s
    .replace(/<((?:https?|mailto):[^|<>\s]+)(?:\|[^<>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// mrkdwn has no escape character, so a formatting mark is sent as a date token whose format Slack
// cannot read: every client shows such a token as its fallback, as plain text (jsx-slack's <Escape>
// does the same). Its timestamp is the one jsx-slack uses.
const markToken = (mark: string): string => `<!date^00000000^{_}|${mark}>`;

/** A mark token, an entity or a link made of an address: what a split must never cut in two. */
export const MRKDWN_ATOMIC = /&(?:amp|lt|gt);|<!date\^00000000\^\{_\}\|[*_~`]>|<https?:\/\/[^\s>]+>/;

/**
 * Article text for a mrkdwn field, shown as written: escaped as escapeText does, each `*`, `_`, `~`
 * and `` ` `` kept from bolding, slanting, striking or coding the words around it, and a `>` that
 * opens a line kept from quoting it (a soft hyphen, which shows as nothing, goes before it). A web
 * address goes out as a link: Slack links none in verbatim text, so it was not clickable.
 */
export function mrkdwnText(s: string): string {
  let out = '';
  let from = 0;
  for (const m of s.matchAll(BARE_URL)) {
    const url = untrail(m[0]);
    const href = linkableUrl(url);
    // An address shortened for display ("https://…/long…") would link to a page that is not there.
    if (href === undefined || s.startsWith('…', m.index + m[0].length)) continue;
    // Shown as written: an address Slack needs percent-encoded keeps its own letters as the label.
    const label = href === url ? '' : `|${linkLabel(url)}`;
    out += `${plainMrkdwn(s.slice(from, m.index))}<${escapeText(href)}${label}>`;
    from = m.index + url.length;
  }
  return (out + plainMrkdwn(s.slice(from))).replace(/^&gt;/gm, '\u00ad&gt;');
}

const plainMrkdwn = (s: string): string => escapeText(s).replace(/[*_~`]/g, markToken);

// An address runs to a space, an angle bracket, a quotation mark or an ellipsis.
const BARE_URL = /\bhttps?:\/\/[^\s<>"“”‘’«»|…]+/gi;

// The sentence's own marks after an address are not part of it; a closing bracket is, when the
// address opened it (a Wikipedia page's "(film)").
function untrail(url: string): string {
  const count = (c: string): number => url.split(c).length - 1;
  for (;;) {
    const last = url.slice(-1);
    const open = ({ ')': '(', ']': '[' } as Record<string, string>)[last];
    if (open !== undefined ? count(open) >= count(last) : !/[.,;:!?'*_~`]/.test(last)) return url;
    url = url.slice(0, -1);
  }
}

// Inside a link's label a date token cannot stand, so each mark becomes the character most like it.
const LOOKALIKE: Record<string, string> = { '*': '\u2217', _: '\u02cd', '`': '\u02cb', '~': '\u223c', '|': '¦' };

/** Article text as the label of a `<url|label>` link: escaped, `|` (which would end it) and the marks replaced by look-alikes. */
export function linkLabel(s: string): string {
  return escapeText(s).replace(/[*_`~|]/g, (c) => LOOKALIKE[c] ?? c);
}
