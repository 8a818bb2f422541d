import { describe, expect, it } from 'vitest';
import { digestReply } from '../../src/chat/digest-reply.js';
import { article } from '../helpers.js';

const NOW = new Date('2025-03-01T09:00:00Z');
const quotesField = (text: string) =>
  digestReply(article(text, '2025-02-28', { id: 'mayor', title: 'Mayor' }), NOW, 'UTC').parts[0]?.fields?.find(
    (f) => f.name === 'Quotes',
  )?.value;

describe('the Quotes line of /digest', () => {
  it('names the speakers first and counts the quotes no one is named for', () => {
    const text = [
      'The mayor spoke to us in her office.',
      '“But then I go to a school or a bus depot and I remember why I said yes.”',
      '“We raised the fares by eight kronor,” Mayor Karin Lindqvist said.',
    ].join('\n\n');
    expect(quotesField(text)).toBe('2 from Karin Lindqvist (1 unattributed) · /quotes article:mayor');
  });

  it('says plainly when no quote has a speaker', () => {
    expect(
      quotesField('The mayor spoke.\n\n“But then I go to a school or a bus depot and I remember why I said yes.”'),
    ).toBe('1 unattributed · /quotes article:mayor');
  });

  it('says "the first 1000" when the article holds more quotations than are read', () => {
    const text = 'Helen Park opened the fair. “It is a good plan,” she said. '.repeat(1200);
    expect(quotesField(text)).toBe('the first 1000 from Helen Park · /quotes article:mayor');
  });
});
