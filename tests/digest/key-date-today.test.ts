import { describe, expect, it } from 'vitest';
import { digestAt } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Published on Saturday 15 March 2025, read that morning.
const countdownOf = (text: string, title: string | null = null) =>
  digestAt(article(text, '2025-03-15', { title }), new Date('2025-03-15T08:00:00Z')).countdown?.text ?? null;

describe('key date: an event later on the publication day', () => {
  it("counts down to tonight's vote, not to a side scheme weeks away", () => {
    expect(
      countdownOf(
        'Councillors will vote tonight on plans for a bus lane along Mill Road. The meeting starts at 6pm at the ' +
          'town hall. A second scheme, for Quarry Lane, will go before the committee on 10 April.',
        'Council votes tonight on bus lane',
      ),
    ).toBe('Today: Councillors will vote (2025-03-15)');
  });

  it("a match this afternoon is today's, ahead of the next fixture", () => {
    expect(
      countdownOf(
        'Ashby Rovers host Denton Town at the Lane this afternoon, with kick-off at 3pm. Rovers are fourth in the ' +
          'table. Their next game is away at Corby on Saturday 22 March.',
      ),
    ).toMatch(/^Today: Ashby Rovers host Denton Town/);
  });

  it('a same-day event told in the past is never the key date', () => {
    expect(
      countdownOf(
        'The minister opened the new maternity wing this morning. A public open day will be held on Sunday 30 March.',
      ),
    ).toBe('15 days to go: A public open day will be held (2025-03-30)');
    expect(countdownOf('The mayor said tonight that the plan was dead. Shares are trading lower this afternoon.')).toBe(
      null,
    );
  });

  it('"later this afternoon" is when in the day, not part of what happens', () => {
    expect(
      countdownOf('The envoy is expected to meet the foreign minister later this afternoon. Talks resumed on Friday.'),
    ).toBe('Today: Envoy expected to meet the foreign minister (2025-03-15)');
  });
});
