import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('a lead that points back to a short teaser', () => {
  it('is briefed with the teaser, not dropped for its opening "That"', () => {
    const text = [
      '“Not one more cut.”',
      '',
      'That was the message from 2,000 teachers who marched through Norwich on Saturday against plans to close four village schools.',
      '',
      'Norfolk County Council says falling rolls mean the schools are no longer viable.',
      '',
      'The council’s cabinet will vote on the plans next month.',
      '',
      'Parents at one of the schools, in Westby, have raised £40,000 for a legal challenge.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-03-08'));
    expect(d.briefing.slice(0, 2)).toEqual([
      '“Not one more cut.”',
      'That was the message from 2,000 teachers who marched through Norwich on Saturday against plans to close four village schools.',
    ]);
  });

  it('never brings in a short line that is furniture to carry a pronoun', () => {
    const text = [
      'The ferry company has cut its winter timetable to two sailings a day from Monday.',
      '',
      'Advertisement here.',
      '',
      'It says fuel costs have risen by a third since the autumn and bookings are down.',
      '',
      'Islanders say the cut will leave them without a way to reach hospital appointments.',
      '',
      'The island council will meet the company on Thursday.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-03-08')).briefing.join('\n')).not.toMatch(/Advertisement/);
  });

  it('takes a teaser of two short sentences in one quotation whole, in the headline and the briefing', () => {
    const text = [
      '“They said the bridge was sound. It wasn’t.”',
      '',
      'That is how Omar Haddad, 34, remembers the evening the Millbrook footbridge gave way beneath him and his son in Hexley, a year ago this week.',
      '',
      'Nine people were hurt when the span fell into the river.',
      '',
      'The county council said on Monday that a new bridge would open in the spring, two years later than planned.',
      '',
      'An inquiry into the collapse is due to report next month.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-11-03'));
    expect(d.headline).toBe('“They said the bridge was sound. It wasn’t.”');
    expect(d.briefing.slice(0, 2)).toEqual([
      '“They said the bridge was sound. It wasn’t.”',
      'That is how Omar Haddad, 34, remembers the evening the Millbrook footbridge gave way beneath him and his son in Hexley, a year ago this week.',
    ]);
  });
});
