import { describe, expect, it } from 'vitest';
import { digestReply } from '../../src/chat/digest-reply.js';
import { buildDigest } from '../../src/digest/index.js';
import { roundupReply } from '../../src/feeds/roundup.js';
import type { ArticleRecord } from '../../src/store/types.js';
import { article } from '../helpers.js';

const NOW = new Date('2025-03-01T09:00:00Z');
const SHORT_LEAD =
  'The harbour ferry resumes sailing on Monday. Repairs to its engine took a month. Tickets are on sale at the pier. The first boat leaves at seven.';
const LONG_LEAD =
  'The harbour ferry that links the old town with the island villages resumes sailing on Monday after engineers spent a month replacing its engine and its steering gear. Tickets are on sale at the pier. The first boat leaves at seven.';

describe('an untitled article: the headline is its lead, and the lead is not read twice', () => {
  it('/digest shows the lead once when the headline holds all of it', () => {
    const part = digestReply(article(SHORT_LEAD, '2025-02-28'), NOW, 'UTC').parts[0];
    expect(part?.title).toBe('The harbour ferry resumes sailing on Monday');
    expect(part?.bullets?.[0]).not.toMatch(/^The harbour ferry/);
  });

  it('/digest keeps the lead as a line when the headline had to cut it', () => {
    const part = digestReply(article(LONG_LEAD, '2025-02-28'), NOW, 'UTC').parts[0];
    expect(part?.title).toMatch(/…$/);
    expect(part?.bullets?.[0]).toMatch(/^The harbour ferry that links .* steering gear\.$/);
  });

  it('a roundup entry gives the next point under a headline that is the lead', () => {
    const a = article(LONG_LEAD, '2025-02-28', { id: 'ferry' });
    const record = { ...a, seq: 1, kind: 'file', sourceId: null } as unknown as ArticleRecord;
    const reply = roundupReply([record], new Map([['ferry', buildDigest(a)]]), NOW, 'UTC');
    const entry = reply.parts.flatMap((p) => p.items ?? [])[0];
    expect(entry?.title).toMatch(/^The harbour ferry that links/);
    expect(entry?.text).toBe('Tickets are on sale at the pier.');
  });

  it('a titled article keeps its whole briefing', () => {
    const part = digestReply(article(SHORT_LEAD, '2025-02-28', { title: 'Ferry back' }), NOW, 'UTC').parts[0];
    expect(part?.bullets?.[0]).toBe('The harbour ferry resumes sailing on Monday.');
  });
});
