import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import { readArticleFile } from '../../src/article/load.js';
import { buildDigest } from '../../src/digest/index.js';

const MD = [
  'date 2031-06-02',
  '',
  '# Ferry line **restored** after _storm_ damage',
  '',
  'The island ferry sailed again on Monday after **three weeks** of repairs to the [north pier](https://example.org/pier).',
  '',
  '![The pier at dawn](https://example.org/pier.jpg)',
  '',
  '> "We are *finally* back where we belong," said captain Ines Varga.',
  '',
  '- Timetables return to normal on 14 June.',
  '- The `winter` fares stay as they are.<!-- check with the port -->',
].join('\n');

describe('Markdown articles', () => {
  it('are read as the text a reader of the page sees', () => {
    const a = parseArticle(MD, 'ferry', true);
    expect(a.title).toBe('Ferry line restored after storm damage');
    expect(a.text).not.toMatch(/[*_`[\]]|https?:|<!--/);
    expect(a.text).toContain('after three weeks of repairs to the north pier.');
    expect(a.text).not.toContain('pier at dawn');
  });

  it('give a digest without Markdown marks, its quotes and dates where they are', () => {
    const d = buildDigest(parseArticle(MD, 'ferry', true));
    expect(d.headline).toBe('Ferry line restored after storm damage');
    expect(d.briefing.join(' ')).not.toMatch(/\*|\]\(/);
    expect(d.quotes).toEqual([
      expect.objectContaining({ text: 'We are finally back where we belong', speaker: 'Ines Varga' }),
    ]);
    expect(d.dates.map((x) => x.date)).toEqual(['2031-06-02', '2031-06-14']);
  });

  it('are files named .md or .markdown; a .txt file keeps its asterisks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-md-'));
    const body = 'date 2031-06-02\n\nThe vote was **close**, and f*** was printed as written.';
    for (const name of ['a.md', 'b.markdown', 'c.txt']) writeFileSync(join(dir, name), body);
    expect(readArticleFile(join(dir, 'a.md')).text).toBe('The vote was close, and f*** was printed as written.');
    expect(readArticleFile(join(dir, 'b.markdown')).text).toBe(readArticleFile(join(dir, 'a.md')).text);
    expect(readArticleFile(join(dir, 'c.txt')).text.trim()).toBe(
      'The vote was **close**, and f*** was printed as written.',
    );
  });

  it('strike one or two tildes through as GitHub does; a tilde for "about" stays', () => {
    expect(
      parseArticle('date 2031-06-02\n\nThe ~~old~~ new pier, with ~one~ lane, holds ~30 cars.', 'x', true).text,
    ).toBe('The old new pier, with one lane, holds ~30 cars.');
  });

  it('with front matter take their title from it, read as text too', () => {
    const a = parseArticle('---\ntitle: "The *new* pier"\ndate: 2031-06-02\n---\nIt opened **today**.', 'x', true);
    expect(a).toMatchObject({ title: 'The new pier', date: '2031-06-02', text: 'It opened today.' });
  });
});
