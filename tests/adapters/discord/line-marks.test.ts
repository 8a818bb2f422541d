import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/discord/render.js';
import { parseArticle } from '../../../src/article/parse.js';
import { buildDigest } from '../../../src/digest/index.js';
import { roundupReply } from '../../../src/feeds/roundup.js';
import type { ArticleRecord } from '../../../src/store/types.js';

const NOW = new Date('2024-11-24T12:00:00Z');

// Plain-text articles pasted from a newsletter keep the marks their lines started with.
const FILES: Record<string, string> = {
  bridge:
    'Bridge opens next month\ndate 2024-11-24\n\n>>> The mayor will open the river bridge on 3 December, the city said.\n\nEngineers tested the deck for weeks.',
  tram: 'Tram line extended\ndate 2024-11-24\n\n> Trams will run to the airport from 9 December, the operator said.\n\nTickets cost the same.',
  park: 'Park gates repainted\ndate 2024-11-24\n\n-# Volunteers repainted the park gates over the weekend.\n\nThe council paid for the paint.',
};

function roundupDescriptions(): string[] {
  const records = Object.entries(FILES).map(
    ([id, text], i) => ({ ...parseArticle(text, id), seq: i + 1, kind: 'file', sourceId: null }) as ArticleRecord,
  );
  const digests = new Map(records.map((r) => [r.id, buildDigest(r)]));
  return renderReply(roundupReply(records, digests, NOW, 'UTC')).flatMap((m) =>
    m.embeds.map((e) => e.description ?? ''),
  );
}

describe('Discord: a line of article text that starts with > or -#', () => {
  it('shows the mark as written, not as a block quote (>>> quoting every entry after it) or grey subtext', () => {
    const lines = roundupDescriptions().join('\n').split('\n');
    expect(lines).toContain('\\>>> The mayor will open the river bridge on 3 December, the city said.');
    expect(lines).toContain('\\> Trams will run to the airport from 9 December, the operator said.');
    expect(lines).toContain('\\-# Volunteers repainted the park gates over the weekend.');
    // No line quotes; the only subtext lines are each entry's own source-and-date line.
    expect(lines.filter((l) => l.startsWith('>'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('-#') && !l.startsWith('-# published'))).toEqual([]);
  });
});
