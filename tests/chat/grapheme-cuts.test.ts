import { describe, expect, it } from 'vitest';
import { renderReply as discord } from '../../adapters/discord/render.js';
import { renderReply as slack } from '../../adapters/slack/render.js';
import type { Reply } from '../../src/chat/reply.js';

const graphemes = (s: string): string[] =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

// Runs with no space to cut at: flags (two letters each), emoji joined by ZWJ, letters with a
// combining accent. 'ab' first, so a flag does not start at an even place.
const RUNS = {
  flags: `ab${'🇺🇦🇵🇱'.repeat(400)}`,
  family: `a${'👩‍👩‍👧‍👦'.repeat(300)}`,
  accents: 'e\u0301o\u0308'.repeat(900),
};

describe('text cut where it has no space', () => {
  for (const [name, run] of Object.entries(RUNS)) {
    const whole = new Set(graphemes(run));
    const reply: Reply = { visibility: 'channel', kind: 'digest', parts: [{ title: run, bullets: [run] }] };
    const pieces = [
      ...discord(reply).flatMap((m) => m.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])),
      ...slack(reply).flatMap((m) => m.blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []))),
    ];
    it(`never splits what a reader sees as one character (${name})`, () => {
      expect(pieces.length).toBeGreaterThan(3);
      for (const p of pieces) {
        // Only the run's own characters, and the marks rendering adds around them.
        const odd = graphemes(p.replace(/^[*•…\s]+|[*…\s]+$/g, '')).filter((g) => !whole.has(g));
        expect(odd, p.slice(0, 40)).toEqual([]);
      }
    });
  }
});
