import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string, title: string) => buildDigest(article(text, '2025-03-03', { title })).keyDate?.label;

describe("key date label: the headline's name for the event a bare noun stands for", () => {
  it('names the event with the words the headline sets before the noun, keeping the label article', () => {
    expect(label('The deadline is midnight on Friday 7 March.', 'Grant scheme deadline nears for farmers')).toBe(
      'The grant scheme deadline',
    );
    expect(label('The final is on Saturday 8 March.', 'Hull and York meet in Northern Cup final')).toBe(
      'The Northern Cup final',
    );
  });

  it('takes the whole headline when nothing before the noun names it', () => {
    expect(label('The vote is on Thursday 6 March.', 'Councillors face vote on bus lanes')).toBe(
      'Councillors face vote on bus lanes',
    );
  });
});
