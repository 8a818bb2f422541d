import { describe, expect, it } from 'vitest';
import { renderReply as discord } from '../../adapters/discord/render.js';
import { renderReply as slack } from '../../adapters/slack/render.js';
import { renderText } from '../../adapters/console/render.js';
import { countdownReply } from '../../src/chat/digest-reply.js';
import { readArticleFile } from '../../src/article/load.js';

describe('the countdown line, live where the platform can show it', () => {
  const seed = readArticleFile('digests/2024-11-24-kursk.txt');
  const reply = countdownReply(seed, new Date('2024-11-24T12:00:00Z'), 'Europe/Kyiv', 'reminder');
  const day = Date.parse('2025-01-20T10:00:00Z') / 1000;

  it('keeps the day count as text and adds the key date in each reader’s own zone', () => {
    const d = discord(reply)[0]?.embeds[0]?.description ?? '';
    expect(d).toContain('⏳ 57 days to go: Inauguration of the new US president (2025-01-20)');
    expect(d).toContain(`<t:${day}:D> (<t:${day}:R>)`);
    const s = JSON.stringify(slack(reply)[0]?.blocks);
    expect(s).toContain(`<!date^${day}^{date_long_pretty}|2025-01-20>`);
    // The terminal has one reader: the day count is enough.
    expect(renderText(reply)).not.toMatch(/<t:|<!date/);
  });
});
