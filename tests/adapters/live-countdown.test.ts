import { describe, expect, it } from 'vitest';
import { renderReply as discord } from '../../adapters/discord/render.js';
import { renderReply as slack } from '../../adapters/slack/render.js';
import { renderText } from '../../adapters/console/render.js';
import { countdownReply } from '../../src/chat/digest-reply.js';
import { readArticleFile } from '../../src/article/load.js';
import { article } from '../helpers.js';

describe('the countdown line, live where the platform can show it', () => {
  const seed = readArticleFile('digests/2024-11-24-kursk.txt');
  const reply = countdownReply(seed, new Date('2024-11-24T12:00:00Z'), 'Europe/Kyiv', 'reminder');
  const day = Date.parse('2025-01-20T10:00:00Z') / 1000;

  it('keeps the day count as text and adds the key date in each reader’s own zone', () => {
    const d = discord(reply)[0]?.embeds[0]?.description ?? '';
    expect(d).toContain('⏳ 57 days to go: Inauguration of the new US president (2025-01-20)');
    expect(d).toContain(`<t:${day}:D>`);
    const s = JSON.stringify(slack(reply)[0]?.blocks);
    expect(s).toContain(`<!date^${day}^{date_long_pretty}|2025-01-20>`);
    // The terminal has one reader: the day count is enough.
    expect(renderText(reply)).not.toMatch(/<t:|<!date/);
  });

  // A key day is a whole day: Discord's relative form would count hours to the stand-in 10:00 UTC.
  it('on Discord a key day shows as a date, never as hours ago or to go', () => {
    const vote = article('The council will vote on 12 March on the budget.', '2025-03-10');
    const at = Date.parse('2025-03-12T10:00:00Z') / 1000;
    const lines = (now: string) => discord(countdownReply(vote, new Date(now), 'UTC'))[0]?.embeds[0]?.description;
    // The afternoon of the vote: "Today", not "Today … (2 hours ago)".
    expect(lines('2025-03-12T12:00:00Z')).toBe(`⏳ Today: The council will vote (2025-03-12)\n<t:${at}:D>`);
    // Late the evening before: "1 day to go", not "(in 11 hours)".
    expect(lines('2025-03-11T23:00:00Z')).toBe(`⏳ 1 day to go: The council will vote (2025-03-12)\n<t:${at}:D>`);
  });
});
