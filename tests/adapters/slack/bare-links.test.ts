import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/slack/render.js';
import { parseArticle } from '../../../src/article/parse.js';
import { digestReply } from '../../../src/chat/digest-reply.js';
import { textReply } from '../../../src/chat/reply.js';
import { blockTexts } from './harness.js';

const ARTICLE = `Library hours extended
date 2024-11-20

The city library will stay open until 10pm from 2 December, the council said. The new timetable is posted at https://city.example.org/library/opening_hours?branch=main&year=2024. A map of branches (https://en.example.org/wiki/Branch_(library)) shows the five sites.`;

describe('Slack: a web address in article text', () => {
  it('is a link a reader can click, with the sentence’s own marks outside it and its underscores as written', () => {
    const reply = digestReply(parseArticle(ARTICLE, 'library'), new Date('2024-11-24T12:00:00Z'), 'UTC');
    const text = blockTexts(renderReply(reply).flatMap((m) => m.blocks)).join('\n');
    expect(text).toContain('posted at <https://city.example.org/library/opening_hours?branch=main&amp;year=2024>.');
    expect(text).toContain('branches (<https://en.example.org/wiki/Branch_(library)>) shows');
  });

  it('stays text when it was shortened for display, since the link would lead nowhere', () => {
    const reply = textReply('city · https://feeds.city.example.org/news/rss/council-and-mayor-announcem…');
    const text = blockTexts(renderReply(reply).flatMap((m) => m.blocks)).join('\n');
    expect(text).toBe('city · https://feeds.city.example.org/news/rss/council-and-mayor-announcem…');
  });
});
