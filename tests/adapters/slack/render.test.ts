import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { escapeText } from '../../../adapters/slack/mrkdwn.js';
import { SLACK_LIMITS, packLines, renderReply, type SlackMessage } from '../../../adapters/slack/render.js';
import { blockTexts, rawBlockTexts } from './harness.js';

const unescapeSlack = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/\s+/g, '');

/** Checks every Slack limit the renderer promises to keep. */
function checkLimits(messages: SlackMessage[]): void {
  for (const m of messages) {
    // Slack answers msg_blocks_too_long past about 12,000 characters of blocks in one message.
    expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(12_000);
    expect(m.blocks.length).toBeGreaterThan(0);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText + 1);
    for (const b of m.blocks as Array<Record<string, any>>) {
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (b.type === 'section' && b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
        for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionField);
      }
      if (b.type === 'context') {
        expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
        for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
      }
    }
  }
}

describe('Slack rendering', () => {
  it('escapes &, < and > so mentions in article text never ping', () => {
    expect(escapeText('<!channel> & <@U123> <!here|here>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;!here|here&gt;',
    );
    const [m] = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [
        {
          title: 'Hi <!channel>',
          url: 'https://x.test/a?b=1&c=<2>',
          bullets: ['<@U1> said'],
          fields: [{ name: '<!here>', value: '<#C1>' }],
          footer: '<!everyone>',
        },
      ],
    });
    const all = JSON.stringify(m);
    expect(all).not.toMatch(/<!channel>|<@U1>|<!here>|<#C1>|<!everyone>/);
    // Verbatim everywhere, so Slack does not auto-parse a bare "@channel" in article text either.
    const objects = (m?.blocks ?? [])
      .flatMap((b: any) => [b.text, ...(b.fields ?? []), ...(b.elements ?? [])])
      .filter((t: any) => t?.type === 'mrkdwn');
    expect(objects.length).toBeGreaterThan(3);
    for (const t of objects) expect(t.verbatim).toBe(true);
    // The link's < and > are percent-encoded, its & escaped: nothing in it can close the link early.
    expect(blockTexts(m?.blocks)).toContain('<https://x.test/a?b=1&amp;c=%3C2%3E|Read the article>');
  });

  it('builds a header, briefing bullets, fields and a context footer, with a plain-text fallback', () => {
    const [m, more] = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [
        {
          title: 'Headline',
          bullets: ['One.', 'Two.'],
          fields: [{ name: 'Countdown', value: '51 days to go' }],
          footer: 'Wire · published 2024-11-24',
        },
      ],
    });
    expect(more).toBeUndefined();
    expect(m?.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect(blockTexts(m?.blocks)).toEqual([
      'Headline',
      '• One.\n• Two.',
      '*Countdown*\n51 days to go',
      'Wire · published 2024-11-24',
    ]);
    expect(m?.text).toContain('Headline');
    expect(m?.text).toContain('51 days to go');
  });

  it('shows a day as a live date whose fallback is the date itself, not the whole line again', () => {
    const at = '2025-01-20T10:00:00.000Z';
    const [m] = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [
        {
          fields: [
            { name: 'Countdown', value: 'Inauguration: 51 days to go (2025-01-20)', time: { at, style: 'day' } },
          ],
        },
      ],
    });
    const unix = Date.parse(at) / 1000;
    expect(blockTexts(m?.blocks)).toEqual([
      `*Countdown*\nInauguration: 51 days to go (2025-01-20)\n<!date^${unix}^{date_long_pretty}|2025-01-20>`,
    ]);
  });

  it('a title over 150 characters becomes a bold section rather than a cut header', () => {
    const title = 'word '.repeat(40).trim();
    const [m] = renderReply({ visibility: 'channel', kind: 'digest', parts: [{ title }] });
    expect(m?.blocks[0]?.type).toBe('section');
    expect(blockTexts(m?.blocks)[0]).toBe(`*${title}*`);
  });

  it('splits quotes that escaping makes too long at sentence ends, keeping every word and the speaker on each section', () => {
    const sentence = 'Costs & risks <rise> & fall & rise again. ';
    const quote = sentence.repeat(Math.floor(2500 / sentence.length)).trim();
    expect(quote.length).toBeLessThanOrEqual(2500);
    expect(escapeText(quote).length).toBeGreaterThan(3000);
    const messages = renderReply({
      visibility: 'private',
      kind: 'quotes',
      parts: [{ title: 'Quotes', quotes: [{ speaker: 'A & B', quotes: [quote] }] }],
    });
    checkLimits(messages);
    const sections = blockTexts(messages[0]?.blocks).slice(1);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.startsWith('*A &amp; B*\n>')).toBe(true);
    const joined = sections
      .map((s) =>
        s
          .split('\n')
          .slice(1)
          .map((l) => l.replace(/^>/, ''))
          .join(' '),
      )
      .join(' ');
    expect(squash(unescapeSlack(joined))).toBe(squash(`“${quote}”`));
    // Cuts fall after a sentence, never mid-word.
    for (const s of sections) expect(s.trimEnd()).toMatch(/[.”]$/);
  });

  it('spreads a part over several messages when it needs more than 50 blocks, dropping nothing', () => {
    const groups = Array.from({ length: 70 }, (_, i) => ({ speaker: `Speaker ${i}`, quotes: [`Quote number ${i}.`] }));
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `F${i}`, value: `v${i}` }));
    const messages = renderReply({
      visibility: 'private',
      kind: 'quotes',
      parts: [{ title: 'Many', fields, quotes: groups, footer: 'end' }],
    });
    checkLimits(messages);
    expect(messages.length).toBe(2);
    const all = messages.flatMap((m) => blockTexts(m.blocks)).join('\n');
    for (let i = 0; i < 70; i++) expect(all).toContain(`“Quote number ${i}.”`);
    for (let i = 0; i < 25; i++) expect(all).toContain(`*F${i}*\nv${i}`);
    expect(all).toContain('end');
  });

  it('keeps the blocks of each message within Slack’s total size, splitting a long part and a wide row of fields', () => {
    const text = Array.from(
      { length: 300 },
      (_, i) => `Sentence ${i} of the "long" report says the harbour plan & budget were debated again.`,
    ).join(' ');
    const fields = Array.from({ length: 10 }, (_, i) => ({
      name: `Field ${i}`,
      value: `${'detail '.repeat(270)}end ${i}`,
    }));
    const footer = `${'Wire · '.repeat(2000)}end of footer`;
    const messages = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [{ title: 'Report', text, fields, footer }],
    });
    checkLimits(messages);
    expect(messages.length).toBeGreaterThan(2);
    const all = messages.flatMap((m) => blockTexts(m.blocks)).join(' ');
    expect(squash(unescapeSlack(all))).toContain(squash(text));
    for (let i = 0; i < 10; i++) expect(all).toContain(`end ${i}`);
    expect(all).toContain('end of footer');
  });

  it('one message per part, in order', () => {
    const reply: Reply = {
      visibility: 'private',
      kind: 'info',
      parts: [{ text: 'first' }, { text: 'second' }, { text: 'third' }],
    };
    expect(renderReply(reply).map((m) => blockTexts(m.blocks)[0])).toEqual(['first', 'second', 'third']);
  });

  it('long words are cut only as a last resort, and never inside an entity', () => {
    const long = `${'x'.repeat(2997)}&amp;${'y'.repeat(10)}`;
    const pieces = packLines([long], 3000);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(3000);
    expect(pieces.join('')).toBe(long);
    expect(pieces[1]?.startsWith('&amp;')).toBe(true);
  });

  it('shows article text as written: its *, _, ~ and ` format nothing, and a > opening a line quotes nothing', () => {
    const TOKEN = /<!date\^00000000\^\{_\}\|([*_~`])>/g;
    const shown = (t: string) => unescapeSlack(t.replace(TOKEN, '$1').replace(/\u00ad/g, ''));
    const bullet = 'The *great* debate_ends ~soon~ at `noon`';
    const [m] = renderReply({
      visibility: 'channel',
      kind: 'digest',
      parts: [
        {
          title: 'Council *votes*',
          text: '> not a quote',
          bullets: [bullet],
          quotes: [{ speaker: 'Ann Lee', quotes: ['We said *no*, and _meant_ it.'] }],
          items: [{ title: 'A *big* _day_', url: 'https://x.test/a', text: 'More.' }],
        },
      ],
    });
    const texts = rawBlockTexts(m?.blocks);
    // No mark is left bare in the article's words: each is a token Slack shows as its fallback.
    const bulletText = texts.find((t) => t.startsWith('• ')) ?? '';
    expect(bulletText.replace(TOKEN, '')).not.toMatch(/[*_~`]/);
    expect(shown(bulletText)).toBe(`• ${bullet}`);
    expect(texts.find((t) => t.includes('not a quote'))).toMatch(/^\u00ad&gt; not a quote/);
    // Herald's own bold still works around the speaker's name; the quote's marks do not.
    const quote = texts.find((t) => t.startsWith('*Ann Lee*\n')) ?? '';
    expect(shown(quote)).toContain('We said *no*, and _meant_ it.');
    expect(quote.replace(TOKEN, '').replace('*Ann Lee*', '')).not.toMatch(/[*_]/);
    // A link's label cannot hold a token: its marks become look-alikes.
    expect(texts.join('\n')).toContain('<https://x.test/a|A \u2217big\u2217 \u02cdday\u02cd>');
    // The header is plain text, shown as written.
    expect(m?.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Council *votes*' } });
  });

  it("never cuts a mark's token in two when it splits long text", () => {
    const messages = renderReply({ visibility: 'channel', kind: 'digest', parts: [{ bullets: ['*_'.repeat(1500)] }] });
    checkLimits(messages);
    const texts = messages.flatMap((m) => rawBlockTexts(m.blocks));
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.replace(/<!date\^00000000\^\{_\}\|[*_]>/g, '')).toMatch(/^(?:•\s*)?$/);
  });
});
