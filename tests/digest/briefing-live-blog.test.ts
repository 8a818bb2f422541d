import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { buildDigest } from '../../src/digest/index.js';

describe('a live blog written in Markdown', () => {
  it('shows its entries without the bold time stamps, which its reader shows bare', () => {
    const md = [
      '---',
      'title: "Storm Hilde live: Ferries cancelled as gales hit the coast"',
      'date: 2025-01-24',
      '---',
      '**11:42** About 90,000 homes along the coast are now without power, the network operator says.',
      '',
      '**11:15** A gust of 98mph has been recorded at the harbour mouth in Carrick.',
      '',
      '**10:50** All ferry crossings to the islands have been cancelled until at least Saturday morning.',
      '',
      '**10:20 GMT** Schools across the county are closed today.',
    ].join('\n');
    const d = buildDigest(parseArticle(md, 'storm-hilde', true));
    expect(d.briefing.length).toBeGreaterThanOrEqual(3);
    for (const line of d.briefing) expect(line).not.toMatch(/^\d/);
    expect(d.briefing).toContain('A gust of 98mph has been recorded at the harbour mouth in Carrick.');
  });

  it('keeps a time that is the news, which goes on in lower case', () => {
    const md = [
      '---',
      'title: Last ferry leaves early',
      'date: 2025-01-24',
      '---',
      'The last ferry of the winter left Carrick an hour early on Friday because of the gales.',
      '',
      '10:42 was the time it left, and six passengers who arrived for the 11:45 sailing were left behind.',
      '',
      'The ferry company apologised and said it would refund their tickets.',
    ].join('\n');
    expect(buildDigest(parseArticle(md, 'last-ferry', true)).briefing.join('\n')).toMatch(/^10:42 was the time/m);
  });
});
