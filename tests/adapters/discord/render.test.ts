import { describe, expect, it } from 'vitest';
import { renderReply, embedLength, LIMITS } from '../../../adapters/discord/render.js';
import { quoteParts } from '../../../src/commands/paginate.js';
import type { Reply } from '../../../src/chat/reply.js';
import { validateMessage } from '../../fakes/discord.js';
import { embedText } from './harness.js';

/** The words of a text, without the markup render adds, for checking that nothing was dropped. */
function words(s: string): string[] {
  return s
    .replace(/\\([\\*_~`|>#\-[\]()])/g, '$1')
    .replace(/[•“”…]/g, ' ')
    .replace(/^> ?/gm, '')
    .replace(/\*\*/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '\u200b');
}

function sentences(n: number, tag: string): string {
  return Array.from(
    { length: n },
    (_, i) => `${tag} sentence number ${i + 1} is here, and it carries a few more words to be long enough.`,
  ).join(' ');
}

describe('Discord rendering', () => {
  it('keeps every message within Discord limits and drops no text, however large the part', { timeout: 5000 }, () => {
    const reply: Reply = {
      visibility: 'channel',
      kind: 'digest',
      parts: [
        {
          title: `A very long headline ${'that goes on '.repeat(40)}and ends here`,
          url: 'https://example.com/story',
          text: sentences(200, 'Body'),
          bullets: Array.from({ length: 30 }, (_, i) => `Bullet ${i + 1}: ${sentences(2, `b${i}`)}`),
          fields: Array.from({ length: 40 }, (_, i) => ({
            name: `Field ${i + 1}`,
            value: sentences(i % 3 === 0 ? 25 : 1, `f${i}`),
          })),
          footer: `Footer ${'words '.repeat(500)}end`,
        },
      ],
    };
    const messages = renderReply(reply);
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(validateMessage({ embeds: m.embeds })).toEqual([]);
      expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.perMessage);
    }
    const part = reply.parts[0]!;
    const input = [
      part.title,
      part.text,
      ...(part.bullets ?? []),
      ...(part.fields ?? []).flatMap((f) => [f.name, f.value]),
      part.footer,
    ].join(' ');
    const output = messages.map((m) => embedText(m as unknown as Record<string, unknown>)).join(' ');
    const have = words(output);
    // Every word of the input appears in the output, in order.
    let at = 0;
    for (const w of words(input)) {
      const found = have.indexOf(w, at);
      expect(found, `word "${w}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    expect(messages[0]?.embeds[0]?.url).toBe('https://example.com/story');
    expect(messages[0]?.embeds[0]?.title?.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('renders many quotes grouped by speaker across messages, each quote whole and in order', { timeout: 5000 }, () => {
    const quotes = Array.from({ length: 40 }, (_, i) => ({
      text: sentences(6, `q${i}`),
      speaker: i < 25 ? 'Volodymyr Zelenskyy' : 'Vladimir Putin',
      start: 0,
      end: 0,
    }));
    const messages = renderReply({ visibility: 'private', kind: 'quotes', parts: quoteParts('Quotes', quotes, null) });
    for (const m of messages) expect(validateMessage({ embeds: m.embeds })).toEqual([]);
    const text = messages.map((m) => embedText(m as unknown as Record<string, unknown>)).join('\n');
    let at = 0;
    for (const q of quotes) {
      const found = text.indexOf(`> “${q.text}”`, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(text).toContain('**Volodymyr Zelenskyy**');
    expect(text).toContain('**Vladimir Putin**');
  });

  it('escapes Markdown from articles, so a masked link or a heading does not render', { timeout: 5000 }, () => {
    const [m] = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [{ title: 'T', text: 'Click [here](https://evil.example) for **free** _stuff_\n# Big' }],
    });
    const d = m?.embeds[0]?.description ?? '';
    expect(d).toContain('\\[here](https://evil.example)');
    expect(d).toContain('\\*\\*free\\*\\*');
    expect(d).toContain('\\# Big');
  });

  it('shows mentions, channel links and timestamps in article text as written, and escapes a roundup title once', {
    timeout: 5000,
  }, () => {
    const [m] = renderReply({
      visibility: 'channel',
      kind: 'roundup',
      parts: [
        {
          title: 'Roundup',
          items: [
            {
              title: 'Vote [report](https://x.example) due',
              url: 'https://news.example/v',
              text: 'Ask <@123456789012345678> in <#42> <t:1700000000:R>',
            },
          ],
        },
      ],
    });
    const d = m?.embeds[0]?.description ?? '';
    expect(d).toContain('**[Vote \\[report\\](https://x.example) due](https://news.example/v)**');
    expect(d).toContain('Ask \\<@123456789012345678> in \\<#42> \\<t:1700000000:R>');
  });

  it('never puts a non-http URL in the embed url (Discord would refuse the whole message)', { timeout: 5000 }, () => {
    const [m] = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [{ title: 'T', url: 'javascript:alert(1)', text: 'x' }],
    });
    expect(m?.embeds[0]?.url).toBeUndefined();
    expect(m?.embeds[0]?.description).toContain('javascript:alert(1)');
  });

  it('keeps a link Discord would refuse as the embed url (over 2,048 characters, or not a well-formed URI) in the text', {
    timeout: 5000,
  }, () => {
    const long = `https://news.example/story?ref=${'x'.repeat(2100)}`;
    for (const url of [long, 'https://news.example/a b', 'https://news.example/%zz', 'https://', 'http://[::1']) {
      const [m] = renderReply({ visibility: 'channel', kind: 'digest', parts: [{ title: 'T', url, text: 'x' }] });
      expect(m?.embeds[0]?.url, url).toBeUndefined();
      expect(m?.embeds[0]?.description, url).toContain(url);
      expect(validateMessage({ embeds: m?.embeds ?? [] }), url).toEqual([]);
    }
    // A link written with characters a URI cannot hold stays a link, percent-encoded.
    const encoded: Array<[string, string]> = [
      ['https://uk.wikipedia.org/wiki/Курськ', 'https://uk.wikipedia.org/wiki/%D0%9A%D1%83%D1%80%D1%81%D1%8C%D0%BA'],
      ['https://news.example/say-"no"', 'https://news.example/say-%22no%22'],
    ];
    for (const [url, want] of encoded) {
      const [m] = renderReply({ visibility: 'channel', kind: 'digest', parts: [{ title: 'T', url, text: 'x' }] });
      expect(m?.embeds[0]?.url).toBe(want);
      expect(validateMessage({ embeds: m?.embeds ?? [] })).toEqual([]);
    }
  });
});
