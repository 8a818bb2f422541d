import { describe, expect, it } from 'vitest';
import { isClutter } from '../../src/digest/clutter.js';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Two sentences of news: a briefing of three would be filled from the line after them.
const SHORT = [
  'A 61-year-old walker has been rescued after falling 20 metres into a gully on Ben Tarran on Saturday.',
  '',
  'The mountain rescue team said she was flown to hospital in Inverness with a broken leg.',
  '',
].join('\n');

describe('the lines a page adds after a short story', () => {
  const lines = [
    'Additional reporting by Kim Tran.',
    'Reporting by Tom Reyes in Glasgow; Editing by Ann Cole.',
    'Photos by Kim Tran for the Highland Gazette.',
    'Gazette writer Ian Lowe contributed from Fort William.',
    'This article was amended on 9 March 2025 to correct the height of the fall.',
    'This story is developing and will be updated.',
    'This is a developing story.',
    'Read our full coverage of mountain rescues here.',
    'Watch the full interview on our YouTube channel.',
    'Follow the latest on our live blog.',
    'Get the latest news delivered straight to your phone.',
    'You can find more of our coverage at the Gazette website.',
    'Support our journalism and become a subscriber today.',
    'Sign up to our daily briefing.',
    'Want more stories like this?',
    'Let us know what you think in the comments below.',
    'Have you got a story for the Gazette?',
    'If you have been affected by the issues in this story, support is available from the Samaritans.',
    'Pictured above: the gully where the walker fell.',
    '(Image: The rescue helicopter above the gully.',
    'For more information, visit the rescue team’s website.',
  ];
  it('are not briefed', () => {
    for (const line of lines) {
      const d = buildDigest(article(`${SHORT}${line}\n`, '2025-03-09'));
      expect(d.briefing, line).toHaveLength(2);
    }
  });

  it('leave news that uses their words alone', () => {
    for (const s of [
      'Reporting by the Gazette in 2019 first revealed the state of the path.',
      'This report was commissioned by the rescue team last year.',
      'Get the right boots before climbing, the rescue team warned.',
      'Support is growing for a permanent rescue base in the glen.',
      'Pictures of the rescue were shared widely online on Sunday.',
      'For more than a decade, the path has been closed in winter.',
    ])
      expect(isClutter(s), s).toBe(false);
  });
});
