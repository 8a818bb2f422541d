import { describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/discord/render.js';
import { parseArticle } from '../../src/article/parse.js';
import { buildDigest } from '../../src/digest/index.js';
import { roundupReply } from '../../src/feeds/roundup.js';
import type { ArticleRecord } from '../../src/store/types.js';

const FILES: Record<string, string> = {
  poll: 'Town poll held\ndate 2024-11-10\n\nThe town poll will be held on 20 November, the clerk said. Turnout is expected to be high.',
  fair: 'Winter fair set\ndate 2024-11-20\n\nThe winter fair will open on 30 November, organisers said. Stalls are booked.',
};

describe('a roundup entry whose key date has passed', () => {
  it('says how long ago without the hourglass, which stays for dates still ahead', () => {
    const records = Object.entries(FILES).map(
      ([id, text], i) => ({ ...parseArticle(text, id), seq: i + 1, kind: 'file', sourceId: null }) as ArticleRecord,
    );
    const digests = new Map(records.map((r) => [r.id, buildDigest(r)]));
    const reply = roundupReply(records, digests, new Date('2024-11-24T12:00:00Z'), 'UTC');
    const lines = renderReply(reply)
      .flatMap((m) => m.embeds.map((e) => e.description ?? ''))
      .join('\n')
      .split('\n')
      .filter((l) => l.startsWith('-# '));
    expect(lines[0]).toMatch(
      /^-# published 2024-11-10 · Passed 4 days ago: The town poll would be held \(2024-11-20\)/,
    );
    expect(lines[1]).toMatch(/^-# published 2024-11-20 · ⏳ 6 days to go: /);
  });
});
