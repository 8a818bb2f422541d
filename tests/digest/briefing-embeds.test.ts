import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('a social post embedded in the text', () => {
  const story = (post: string[]) =>
    [
      'Floodwater has closed the main road through Kelby after the River Arn burst its banks overnight.',
      '',
      'North Yorkshire Police said drivers should avoid the area until at least Monday.',
      '',
      ...post,
      '',
      'The Environment Agency has issued three flood warnings for the lower Arn valley.',
    ].join('\n');

  it('is not briefed as news: its text is someone’s reaction, printed without quote marks', () => {
    for (const post of [
      [
        'Cars floating down the high street in Kelby this morning. Unbelievable pic.twitter.com/Qx81bLm2',
        '',
        '— Ruth Pell (@ruthpell) March 8, 2025',
      ],
      ['Cars floating down the high street in Kelby this morning.', '— Ruth Pell (@ruthpell) 8 March 2025'],
      [
        'Cars floating down the high street in Kelby this morning. Unbelievable.',
        '',
        'A post shared by Ruth Pell (@ruthpell)',
      ],
    ]) {
      const d = buildDigest(article(story(post), '2025-03-08'));
      expect(d.briefing.join('\n'), post.join(' / ')).not.toMatch(/Cars floating/);
    }
  });

  it('leaves a paragraph that names an account in passing in the briefing', () => {
    const text = story([
      'The village hall - which posts updates as (@kelbyhall) - has opened as a rest centre for 40 people.',
    ]);
    expect(buildDigest(article(text, '2025-03-08')).briefing.join('\n')).toMatch(/rest centre/);
  });
});
