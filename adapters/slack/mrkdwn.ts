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

/** A mark token or an entity: what a split must never cut in two. */
export const MRKDWN_ATOMIC = /&(?:amp|lt|gt);|<!date\^00000000\^\{_\}\|[*_~`]>/;

/**
 * Article text for a mrkdwn field, shown as written: escaped as escapeText does, each `*`, `_`, `~`
 * and `` ` `` kept from bolding, slanting, striking or coding the words around it, and a `>` that
 * opens a line kept from quoting it (a soft hyphen, which shows as nothing, goes before it).
 */
export function mrkdwnText(s: string): string {
  return escapeText(s)
    .replace(/[*_~`]/g, markToken)
    .replace(/^&gt;/gm, '\u00ad&gt;');
}

// Inside a link's label a date token cannot stand, so each mark becomes the character most like it.
const LOOKALIKE: Record<string, string> = { '*': '\u2217', _: '\u02cd', '`': '\u02cb', '~': '\u223c', '|': '¦' };

/** Article text as the label of a `<url|label>` link: escaped, `|` (which would end it) and the marks replaced by look-alikes. */
export function linkLabel(s: string): string {
  return escapeText(s).replace(/[*_`~|]/g, (c) => LOOKALIKE[c] ?? c);
}
