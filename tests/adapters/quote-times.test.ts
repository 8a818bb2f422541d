import { describe, expect, it } from 'vitest';
import { renderText } from '../../adapters/console/render.js';
import { renderReply as discordReply } from '../../adapters/discord/render.js';
import { renderReply as slackReply } from '../../adapters/slack/render.js';
import { quoteParts } from '../../src/commands/paginate.js';
import type { Reply } from '../../src/chat/reply.js';
import { blockTexts } from './slack/harness.js';

const chant = { text: 'Not one more day', speaker: 'Marchers', start: 0, end: 1 };
const reply: Reply = {
  visibility: 'private',
  kind: 'quotes',
  parts: quoteParts('Quotes: March', [chant, { ...chant, start: 5 }, { ...chant, start: 9 }], null),
};

describe('a quotation repeated word for word', () => {
  it('shows its count after the closing mark on every platform, not inside the quotation', () => {
    expect(renderText(reply)).toContain('“Not one more day” (3 times)');
    const embed = discordReply(reply)[0]?.embeds[0];
    expect(embed?.description).toContain('> “Not one more day” (3 times)');
    const slack = slackReply(reply)[0];
    expect(blockTexts(slack?.blocks).join('\n')).toContain('“Not one more day” (3 times)');
    expect(slack?.text).toContain('“Not one more day” (3 times)');
  });
});
