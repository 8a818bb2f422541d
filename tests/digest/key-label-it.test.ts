import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string, title: string) => buildDigest(article(text, '2025-03-03', { title })).keyDate?.label;

describe('key date label: "it" is the thing the headline shows', () => {
  it('names the new thing for "it" and keeps what it does', () => {
    expect(
      label('Orbo showed the tablet in Berlin. It goes on sale on Friday 7 March.', 'Orbo unveils folding tablet'),
    ).toBe('The folding tablet goes on sale');
    expect(label('It opens to readers on Saturday 8 March.', 'Council reveals new library in Ashby')).toBe(
      'The new library opens to readers',
    );
  });

  it('leaves "it" in reported plans and under a headline that shows nothing', () => {
    expect(
      label('The firm said it would sell the tablet from Friday 7 March.', 'Orbo unveils folding tablet'),
    ).not.toMatch(/^The folding tablet/);
    expect(label('It goes on sale on Friday 7 March.', 'Orbo profits fall')).toBe('It goes on sale');
    expect(label('It goes on sale on Friday 7 March.', 'Orbo unveils @orbo_tab tablet')).toBe('It goes on sale');
  });
});
