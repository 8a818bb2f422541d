import { describe, expect, it } from 'vitest';
import { sameStory, type StoryFace } from '../../src/article/same-story.js';

const NEWS =
  'The regional rail operator said on Thursday that the night train to the coast will run again from 2 May. ' +
  'It was cut three winters ago when the sleeping cars failed their safety checks. ' +
  '“People kept writing to us about it, every single week,” said Ines Varga, who runs the timetable office.';
const BACKGROUND =
  'The line follows the river valley for most of its length and stops at nine small towns on the way. ' +
  'Before the cut it carried about four hundred passengers a night in the summer months.';
const story: StoryFace = {
  title: 'Night train to the coast returns',
  date: '2025-04-10',
  text: `${NEWS}\n\n${BACKGROUND}`,
};

describe('sameStory: an edit of a file, or another story saved under its name', () => {
  it('takes edits for the same story: typos, a paragraph added, a headline reworded, a date corrected or updated', () => {
    const edits: StoryFace[] = [
      { ...story, text: story.text.replace('three winters', 'three winter').replace('nine small', 'nine smal') },
      { ...story, text: `Update: tickets go on sale on Monday.\n\n${story.text}` },
      { ...story, title: 'Sleeper service to the coast is back in May' },
      { ...story, date: '2025-04-11' },
      {
        title: 'Night train returns; tickets on sale Monday',
        date: '2025-04-12',
        text: `${story.text}\n\nTickets go on sale on Monday, the operator added.`,
      },
      { ...story, text: NEWS }, // cut to its news
    ];
    for (const after of edits) expect(sameStory(story, after)).toBe(true);
  });

  it('tells another story by its text, whatever its header: the same title every day, or no title or date at all', () => {
    const other =
      'A fire in a warehouse near the harbour was put out early on Friday after burning for six hours. ' +
      'Nobody was hurt, the fire service said, but the roof of the building collapsed. ' +
      '“We were lucky the wind turned towards the water,” said the duty officer, Karl Brandt.';
    expect(sameStory({ ...story, title: 'Today' }, { title: 'Today', date: story.date, text: other })).toBe(false);
    expect(sameStory({ ...story, title: null, date: null }, { title: null, date: null, text: other })).toBe(false);
  });

  it('takes a follow-up that repeats the background under a new headline and date for another story', () => {
    const followUp =
      'The first night train to the coast in three years left the capital on Friday evening with every berth sold. ' +
      'Staff handed out postcards of the old sleeping cars to the passengers at the platform.';
    const next: StoryFace = {
      title: 'Night train sells out on its return',
      date: '2025-05-02',
      text: `${followUp}\n\n${BACKGROUND}`,
    };
    expect(sameStory(story, next)).toBe(false);
    // Half its text the first one's: under the very same header that reads as a rewrite of it.
    expect(sameStory(story, { ...next, title: story.title, date: story.date })).toBe(true);
  });

  it('lets the header decide alone when the texts are too short to tell', () => {
    const short: StoryFace = { title: 'Pool closed', date: '2025-06-01', text: 'The pool is closed.' };
    expect(sameStory(short, { ...short, text: 'The pool is shut.' })).toBe(true);
    expect(sameStory(short, { title: 'Pool reopens', date: '2025-06-09', text: 'The pool is open.' })).toBe(false);
  });
});
