import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const keyOf = (text: string, title: string) =>
  buildDigest(article(text, '2026-03-02', { id: `off-${text.length}`, title })).keyDate;

describe('the key date of a story about an event called off', () => {
  it('is not the day of what will no longer happen', () => {
    const k = keyOf(
      'Bus drivers in Leeds have called off a walkout planned for 20 March after the company raised its offer. Members will vote on the new offer by 12 March, the union said.',
      'Leeds bus walkout called off',
    );
    expect(k).toMatchObject({ date: '2026-03-12' });
    expect(k?.label).not.toMatch(/called off/);
  });

  it('reads "the match on Saturday has been cancelled" the same way, and keeps a rearranged day', () => {
    expect(
      keyOf(
        'The cup tie on 7 March has been cancelled because of the frozen pitch. Tickets will be refunded from 10 March.',
        'Cup tie off',
      ),
    ).toMatchObject({ date: '2026-03-10' });
    expect(
      keyOf('The board postponed the vote until 19 March, when all members can attend.', 'Vote put back'),
    ).toMatchObject({ date: '2026-03-19' });
  });

  it('still counts down to a day named once more for something that goes ahead', () => {
    const k = keyOf(
      'Organisers cancelled the fireworks planned for 21 March because of the wind. The spring fair on 21 March will go ahead as planned.',
      'Fireworks cancelled, fair goes ahead',
    );
    expect(k).toMatchObject({ date: '2026-03-21' });
    expect(k?.label).toMatch(/spring fair/i);
  });
});
