import { describe, expect, it } from 'vitest';
import { describeTopics, matchTopics, parseTopics } from '../../src/feeds/topics.js';
import { clusterStories, jaccard } from '../../src/feeds/near-duplicates.js';
import { shingles } from '../../src/article/same-story.js';
import { roundupReply } from '../../src/feeds/roundup.js';
import type { ArticleRecord } from '../../src/store/types.js';

describe('topics', () => {
  it('reads words, "quoted phrases" and -exclusions, and says them back', () => {
    expect(parseTopics('kursk, "peace talks", -football')).toEqual({
      include: ['kursk', 'peace talks'],
      exclude: ['football'],
    });
    expect(parseTopics('  ')).toBeNull();
    expect(parseTopics('none')).toBeNull();
    expect(describeTopics(parseTopics('Kursk, "peace talks", -football'))).toBe('Kursk, "peace talks", -football');
    expect(() => parseTopics('"!!!"')).toThrow(/no letters or digits/);
    expect(() => parseTopics(Array.from({ length: 21 }, (_, i) => `w${i}`).join(','))).toThrow(
      'topics: 21 given, at most 20 allowed; keep the 20 that matter most (or write topics:none for every article)',
    );
  });

  it('matches whole words and phrases in the title and text, ignoring case and accents', () => {
    const t = parseTopics('kursk, "peace talks", -football')!;
    expect(matchTopics(t, 'Troops advance in KURSK', 'The front moved.')).toEqual({
      pass: true,
      matched: ['kursk'],
      blockedBy: null,
    });
    expect(matchTopics(t, null, 'Peace   talks resumed in Geneva.').pass).toBe(true);
    expect(matchTopics(t, null, 'The Kursky station reopened.').pass).toBe(false); // not a whole word
    expect(matchTopics(t, 'Kursk football club wins', 'A match report.')).toEqual({
      pass: false,
      matched: ['kursk'],
      blockedBy: 'football',
    });
    expect(matchTopics(parseTopics('café')!, null, 'The CAFE on the corner closed.').pass).toBe(true);
    expect(matchTopics(parseTopics('-football')!, null, 'Weather report for Sunday.').pass).toBe(true); // only exclusions: everything else passes
  });
});

// A source article with only what story grouping and the roundup read.
const art = (id: string, sourceId: string, text: string, seq: number): ArticleRecord => ({
  id,
  seq,
  kind: 'source',
  sourceId,
  title: null,
  date: '2024-11-24',
  source: sourceId,
  url: null,
  text,
  keyDate: null,
  hash: id,
  version: 1,
  createdAt: 't',
});
const wire =
  'The city council approved the new tram line on Tuesday after a two year review of its costs and its route through the old town.';

describe('near-duplicate stories', () => {
  it('groups one story told by two sources, and keeps different stories and one source’s articles apart', () => {
    const a = art('a', 'wire', wire, 1);
    const b = art('b', 'paper', `${wire.replace('Tuesday', 'Tuesday evening')} Work starts in spring.`, 2);
    const c = art(
      'c',
      'paper',
      'Fishermen protested at the harbour against the new quotas set by the ministry for next year.',
      3,
    );
    const d = art('d', 'wire', wire, 4); // same source again: its own entry
    expect(jaccard(shingles(a.text), shingles(b.text))).toBeGreaterThan(0.35);
    expect(clusterStories([a, b, c, d]).map((s) => s.map((x) => x.id))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});

describe('the roundup footer', () => {
  const footer = (articles: ArticleRecord[]) =>
    roundupReply(articles, new Map(), new Date('2024-11-24T09:00:00Z'), 'UTC').parts[0]?.footer;

  it('counts one story as a story, not "1 stories"', () => {
    const a = art('a', 'wire', wire, 1);
    const b = art('b', 'paper', `${wire.replace('Tuesday', 'Tuesday evening')} Work starts in spring.`, 2);
    expect(footer([a, b])).toBe('2 new articles in 1 story');
    const c = art('c', 'paper', 'Fishermen protested at the harbour against the new quotas set by the ministry.', 3);
    expect(footer([a, b, c])).toBe('3 new articles in 2 stories');
    expect(footer([a])).toBe('1 new article');
  });
});
