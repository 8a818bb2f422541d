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

  it('gives no countdown when the only day ahead is one called off, however it is told', () => {
    for (const text of [
      'The ferry union has called off a stoppage planned for 20 March.',
      'The choir concert on 18 March has been cancelled.',
      'The book fair, due to open on 25 March, was scrapped after the venue flooded.',
      'The stoppage set for 26 March is off.',
      'The club cancelled the 14 March friendly.',
      'Porters called off their walkout on 9 March, and the one planned for 16 March will not go ahead.',
    ])
      expect(keyOf(text, 'Called off'), text).toBeNull();
    // Under a headline naming the holiday, the display that will not go ahead gives way to the refund day.
    expect(
      keyOf(
        'The council said the display planned for Tuesday would not go ahead. Ticket refunds must be claimed by Friday 13 March.',
        'Spring fireworks cancelled',
      ),
    ).toMatchObject({ date: '2026-03-13' });
    // A new day given in the same breath is not called off.
    expect(keyOf('The board cancelled the meeting and will meet on 19 March instead.', 'Board')).toMatchObject({
      date: '2026-03-19',
    });
  });
});

describe('a day the story says was moved', () => {
  const key = (text: string) => buildDigest(article(text, '2025-03-12')).keyDate;

  it('counts down to the new day, labelled with what happened, not to the day it was due', () => {
    expect(
      key('The planning inquiry, which was due to close on Friday, has been extended until 11 April.'),
    ).toMatchObject({
      date: '2025-04-11',
      label: 'The planning inquiry has been extended',
    });
    expect(key('The album was due on Friday but has been delayed until 9 April.')).toMatchObject({
      date: '2025-04-09',
      label: 'Album has been delayed',
    });
    expect(key('The library sale, which was due to end on Friday, will now end on 4 April.')).toMatchObject({
      date: '2025-04-04',
    });
  });

  it('keeps the day when nothing moved it', () => {
    expect(key('The album was due on Friday and is out as planned.')).toMatchObject({ date: '2025-03-14' });
  });
});

describe('the key date of a story about a plan that has been overtaken', () => {
  it('is not the day something "had been due" on', () => {
    const k = keyOf(
      'The Lumo Deck games console had been due to go on sale on 14 March, but its maker wants more time. Reviewers will see it on 20 March.',
      'Console launch delayed',
    );
    expect(k).toMatchObject({ date: '2026-03-20' });
  });

  it('is the new day of an event "originally scheduled" for another', () => {
    expect(
      keyOf(
        'The planning vote was originally scheduled for 12 March. Councillors will now meet on 26 March.',
        'Vote moved',
      ),
    ).toMatchObject({ date: '2026-03-26' });
  });
});

describe('a plan overtaken, told in an aside before the new day', () => {
  it('counts down to the new day', () => {
    expect(
      keyOf('The ballot, which had been expected in January, will now be held on 19 March.', 'Ballot date set'),
    ).toMatchObject({ date: '2026-03-19' });
  });
});
