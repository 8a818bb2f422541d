import { describe, expect, it } from 'vitest';
import { cutShort, linkableUrl, pack, packLines, splitText, truncate } from '../../src/chat/split.js';

describe('the one text splitter every platform uses', () => {
  it('cuts at a blank line, then a line end, then a sentence end, then a space, and mid-word only when it must', () => {
    expect(splitText('Para one is here.\n\nPara two is here.', 30)).toEqual(['Para one is here.', 'Para two is here.']);
    expect(splitText('Line one. More\nline two', 20)).toEqual(['Line one. More', 'line two']);
    expect(splitText('One two. Three four five.', 15)).toEqual(['One two.', 'Three four', 'five.']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('never drops or cuts a word of a long quotation', () => {
    const sentence = (i: number) =>
      `Witness ${i} told the inquiry that the bridge had been closed for repairs since spring.`;
    const long = Array.from({ length: 80 }, (_, i) => sentence(i)).join(' ');
    const pieces = splitText(long, 1000);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(1000);
      expect(p).toMatch(/\.$/);
    }
    expect(pieces.join(' ')).toBe(long);
  });

  it('carries a block quote prefix onto the next piece', () => {
    expect(splitText('> “A long quote. It goes on.”', 20, { carry: '> ' })).toEqual([
      '> “A long quote.',
      '> It goes on.”',
    ]);
    expect(splitText('> “A long quote. It goes on.”', 20)).toEqual(['> “A long quote.', 'It goes on.”']);
  });

  it('keeps emoji and atomic runs whole when it must cut mid-word', () => {
    const emoji = `${'a'.repeat(9)}😀${'b'.repeat(5)}`;
    const pieces = splitText(emoji, 10);
    expect(pieces.join('')).toBe(emoji);
    expect(pieces[1]?.startsWith('😀')).toBe(true);
    const escaped = `${'x'.repeat(8)}&amp;${'y'.repeat(4)}`;
    expect(splitText(escaped, 10, { atomic: /&(?:amp|lt|gt);/ })).toEqual(['x'.repeat(8), `&amp;${'y'.repeat(4)}`]);
  });

  it('shortens titles at a space past half way, with an ellipsis', () => {
    expect(cutShort('Flood warning for the river towns', 20)).toEqual(['Flood warning for', 'the river towns']);
    expect(truncate('Flood warning for the river towns', 20)).toBe('Flood warning for…');
    expect(truncate('short', 20)).toBe('short');
    expect(truncate('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('packs lines and items in order within count and size limits', () => {
    expect(packLines(['aaa', 'bbb', 'ccc'], 7)).toEqual(['aaa\nbbb', 'ccc']);
    expect(packLines(['aa', 'bb'], 10, '> ')).toEqual(['> aa\n> bb']);
    expect(pack([1, 2, 3, 4, 5], { maxItems: 2 })).toEqual([[1, 2], [3, 4], [5]]);
    expect(pack([5, 5, 5], { maxSize: 10, size: (n) => n })).toEqual([[5, 5], [5]]);
  });

  it('links only well-formed http(s) URLs, percent-encoding other characters', () => {
    expect(linkableUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(linkableUrl('https://uk.wikipedia.org/wiki/Курськ')).toBe(
      'https://uk.wikipedia.org/wiki/%D0%9A%D1%83%D1%80%D1%81%D1%8C%D0%BA',
    );
    expect(linkableUrl('javascript:alert(1)')).toBeUndefined();
    expect(linkableUrl('https://news.example/a b')).toBeUndefined();
    expect(linkableUrl(`https://news.example/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});
