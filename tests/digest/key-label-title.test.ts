import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string, title: string) => buildDigest(article(text, '2025-03-03', { title })).keyDate?.label;

describe('key date label: the headline in place of a label that names no event', () => {
  it('takes the headline when the label is a bare stage of the event', () => {
    expect(
      label('The squad trained at the club ground. Kickoff is at 3pm on Saturday.', 'Leeds host Hull in cup tie'),
    ).toBe('Leeds host Hull in cup tie');
    expect(label('The vote is on Thursday 6 March.', 'Councillors to vote on new bus lanes next week')).toBe(
      'Councillors to vote on new bus lanes',
    );
  });

  it('takes the headline for a pronoun only when it tells what is ahead', () => {
    expect(label('He retires on Friday 7 March.', 'Veteran goalkeeper to hang up his gloves')).toBe(
      'Veteran goalkeeper to hang up his gloves',
    );
    expect(label('He will be sentenced on Friday 7 March.', 'Driver convicted over crash')).toBe(
      'He will be sentenced',
    );
  });

  it('takes a fixture headline for "it" when "it" is the event starting', () => {
    expect(label('It kicks off at 3pm on Saturday 8 March.', 'Leeds host Hull in cup tie')).toBe(
      'Leeds host Hull in cup tie',
    );
    expect(label('It goes on sale on Friday 7 March.', 'Firm wins design prize')).toBe('It goes on sale');
  });

  it('keeps the label under a headline that tells a deed that is done', () => {
    expect(label('The hearing is on Friday 7 March.', 'Judge jails fraudster for six years')).toBe('The hearing');
    expect(label('The deadline is midnight on Friday 7 March.', 'Porters reject offer ahead of deadline')).toBe(
      'The deadline',
    );
    expect(label('Voting closes on Friday 7 March.', 'Porters vote on pay offer')).toBe('Porters vote on pay offer');
  });

  it('keeps a label that names the event, and one under a heading, a site name or a bare word', () => {
    expect(label('The museum will reopen its east wing on Friday 7 March.', 'Museum wing to reopen')).toBe(
      'The museum will reopen its east wing',
    );
    expect(label('The vote is on Thursday 6 March.', 'Council Splits Over Bus Lanes')).toBe('The vote');
    expect(label('The vote is on Thursday 6 March.', 'Councillors to vote on bus lanes - Ashby Herald')).toBe(
      'The vote',
    );
    expect(label('The vote is on Thursday 6 March.', 'News')).toBe('The vote');
  });
});
