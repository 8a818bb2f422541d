import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('an interview whose interviewer asks only twice', () => {
  it('briefs neither the questions nor the answers', () => {
    const text = [
      'The retired jockey Nell Farrow has spoken for the first time about the fall that ended her career in 2021.',
      '',
      'Farrow: I remember the ground coming up and then nothing for three days.',
      '',
      'Interviewer: Did you ever think about riding again?',
      '',
      'Farrow: Every morning for a year. Then one day I stopped thinking about it.',
      '',
      'Interviewer: What do you do now?',
      '',
      'Farrow: I train young riders at a yard near Newmarket, and I love it.',
      '',
      'Farrow will be inducted into the sport’s hall of fame in May.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-03-09'));
    expect(d.briefing.join('\n')).not.toMatch(/Interviewer|Farrow:/);
    expect(d.briefing.join('\n')).toMatch(/hall of fame/);
  });

  it('keeps a paragraph that opens with a label used twice when no one answers it', () => {
    const text = [
      'The council has published its plan for the harbour, with two changes from the draft.',
      '',
      'Parking: The harbour car park will charge from April, at £2 an hour for the first three hours.',
      '',
      'Ferries: The evening sailing to the island will run all year instead of only in summer.',
      '',
      'Parking: Residents will get a free permit for one car per household from the council.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-03-09')).briefing.join('\n')).toMatch(/evening sailing/);
  });
});
