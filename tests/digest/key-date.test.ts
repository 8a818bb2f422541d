import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('key date', () => {
  it('prefers a future deadline or event over a past mention', () => {
    const d = buildDigest(
      article('On 1 November the talks began. The parties must agree by 15 December. Officials met on 20 November.'),
    );
    expect(d.keyDate?.date).toBe('2024-12-15');
    expect(d.keyDate?.sentence).toBe('The parties must agree by 15 December.');
  });

  it('counts down to a walkout, a sentencing or a funeral over a day merely mentioned after it', () => {
    const key = (text: string) => buildDigest(article(text, '2024-03-13')).keyDate?.date;
    expect(key('The depot canteen reopens on Thursday. Bus drivers in Leeds will strike on Monday.')).toBe(
      '2024-03-18',
    );
    expect(key('His brother starts a new job on 20 March. The former mayor will be sentenced on 22 March.')).toBe(
      '2024-03-22',
    );
    expect(key('Her last book is reprinted on 18 March. The funeral of the poet is on 19 March.')).toBe('2024-03-19');
  });

  it('"the day before" is a day, not the "before" of a deadline', () => {
    const key = (text: string) => buildDigest(article(text, '2024-03-13')).keyDate?.date;
    expect(
      key('Fans may swap tickets the day before or up to 29 March. The cup final is scheduled for 16 March.'),
    ).toBe('2024-03-16');
    // "before" a day is still a deadline.
    expect(key('Fans must swap tickets before 29 March. The cup final is scheduled for 16 March.')).toBe('2024-03-29');
  });

  it('labels with the clause, not a fragment: no quotation mark, reporting verb, "due" or "a week" before the date', () => {
    const label = (text: string) => buildDigest(article(text, '2025-11-03')).keyDate?.label;
    expect(label('The senator said he expected to win "by Wednesday night".')).toBe('He expected to win');
    expect(label('The payroll report, due on Friday, may be delayed.')).toBe('The payroll report');
    expect(label('Ms Berg, who took over in May, said the firm would cut 900 jobs by 1 March.')).toBe(
      'The firm would cut 900 jobs',
    );
    expect(label('Engineers said on Sunday that most homes would be reconnected by Tuesday.')).toBe(
      'Most homes would be reconnected',
    );
    expect(label('The mayor will open the bridge a week on Friday.')).toBe('The mayor will open the bridge');
  });

  it('labels the one given time and what it must do, a possessive subject whole, and the clause of the date', () => {
    const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;
    expect(label('The regulator has given the water company until 30 April to publish its repair plan.')).toBe(
      'The water company to publish its repair plan',
    );
    expect(label('The council’s final budget is due on 21 May.')).toBe('The council’s final budget');
    expect(label('Dredging is expected to start in April and the new quay is scheduled to open on 1 June 2026.')).toBe(
      'New quay scheduled to open',
    );
  });

  it('cuts a long label before a name, not inside it', () => {
    const label = buildDigest(
      article(
        'The transport minister of the northern region is due to meet Harbour Commissioner Elisabeth Vandermeer-Osei in Antwerp on 4 June.',
        '2025-03-03',
      ),
    ).keyDate?.label;
    expect(label).toBe('Transport minister of the northern region due to meet…');
  });

  it('labels with the subject and its verb, not the attribution after the date or a join before it', () => {
    const label = (text: string) => buildDigest(article(text, '2025-11-03')).keyDate?.label;
    expect(label('The governor, who visited the dam in May, will return on Friday, her office said.')).toBe(
      'The governor will return',
    );
    expect(label('The harbour master testifies before the inquiry today and Thursday.')).toBe(
      'The harbour master testifies before the inquiry',
    );
    // Published on a Monday: the second of two weekdays is the key date; the first leaves the label with its join.
    expect(
      label(
        'The ferry crews, who met on Sunday, will rehearse at the pier on Tuesday and Wednesday. Inspectors visit on Wednesday.',
      ),
    ).toBe('The ferry crews will rehearse at the pier');
    expect(
      label(
        'Wales, who lost on Saturday, train at the Vale on Tuesday and Wednesday. Their coach names the squad on Wednesday.',
      ),
    ).toBe('Wales train at the Vale');
  });

  it('leaves a wire dateline out of the label, the headline and the briefing', () => {
    const wire = buildDigest(
      article(
        'LISBON (Reuters) - Port workers agreed on Monday to hold a strike vote on 9 December. Unions said pay talks had failed. Shipping firms warned of delays.',
        '2025-11-24',
      ),
    );
    expect(wire.keyDate).toMatchObject({ date: '2025-12-09' });
    expect(wire.keyDate?.label).not.toMatch(/Reuters|LISBON/);
    const dated = buildDigest(
      article(
        'OSLO, Nov 30 (Reuters) - The ferry line will resume sailings on 4 December, its owner said. Repairs took a month. Tickets go on sale today.',
        '2025-11-30',
      ),
    );
    expect(dated.headline).toMatch(/^The ferry line will resume sailings/);
    expect(dated.briefing[0]).toMatch(/^The ferry line will resume sailings/);
  });

  it('prefers the event the story turns on over a case adjourned until a nearer day', () => {
    const d = buildDigest(
      article(
        'Sentencing is set for 14 November, the court heard. The judge also adjourned a related civil case until 18 August.',
        '2025-08-04',
      ),
    );
    expect(d.keyDate?.date).toBe('2025-11-14');
    expect(d.dates.find((x) => x.date === '2025-08-18')?.role).toBe('event');
  });

  it('names a "have until" deadline by who must act and what they must do', () => {
    const d = buildDigest(
      article(
        'The plan was published on Monday. Residents have until 9 December to send their objections.',
        '2025-11-24',
      ),
    );
    expect(d.keyDate).toMatchObject({ date: '2025-12-09', label: 'Residents to send their objections' });
  });

  it('labels a scheduled event by its subject', () => {
    const d = buildDigest(
      article('The referendum on independence is scheduled for 2 March 2025. Campaigns began on 1 November.'),
    );
    expect(d.keyDate).toMatchObject({ date: '2025-03-02', label: 'Referendum on independence' });
  });

  it('names what happens on the day in a few words of the sentence, never a fragment of it', () => {
    const label = (text: string, date = '2024-11-24') => buildDigest(article(text, date)).keyDate?.label;
    // Who reports it is left out; what is expected stays with its subject.
    expect(label('The coach said the striker is expected back for the game on Saturday.', '2025-01-07')).toBe(
      'The striker expected back for the game',
    );
    // …also when the report names its own day ("said on Tuesday that").
    expect(
      label('The manager said on Tuesday that the winger is expected back for the final on Saturday.', '2025-01-07'),
    ).toBe('The winger expected back for the final');
    expect(label('Officials told reporters late on Monday that the bridge will reopen on 3 December.')).toBe(
      'The bridge will reopen',
    );
    expect(label('The minister told Parliament the bill will pass by 3 March.')).toBe('The bill will pass');
    expect(label('The summit will be on 3 March.')).toBe('The summit');
    // A case adjourned until the day resumes on it.
    expect(label('The inquest was adjourned until 23 June.', '2025-06-02')).toBe('The inquest resumes');
    expect(label('The judge adjourned the hearing until 23 June, when the defence will respond.', '2025-06-02')).toBe(
      'The hearing resumes',
    );
    // A weekday's own event names the day.
    expect(label('Fans queued for tickets on Monday ahead of Saturday’s derby.', '2025-02-04')).toBe('The derby');
    expect(label('Both parties campaigned hard before Thursday’s county election in Ohio.', '2025-02-04')).toBe(
      'The county election',
    );
    // The clause before the date, without the word that ties it to the date.
    expect(label('The parties must agree by 15 December, the mediator said.')).toBe('The parties must agree');
    // A date that opens the sentence: the clause after it.
    expect(label('On Tuesday, the city council plans to vote on the new budget.')).toBe(
      'The city council plans to vote on the new budget',
    );
    // Nothing that reads on its own ("would last"): the sentence itself.
    expect(label('Sales rose, which analysts said would last until 3 March.')).toBe(
      'Sales rose, which analysts said would last until 3 March',
    );
  });

  it('is null when every date has passed, and the front matter wins', () => {
    expect(buildDigest(article('Officials met on 20 November.')).keyDate).toBeNull();
    // A week named without its day, or a length of time, is no day to count down to.
    for (const text of [
      'The committee will publish its report next week.',
      'Heavy rain is expected to continue over the next 48 hours.',
      'The strike will last for three weeks.',
      'The museum must repay the grant by the end of the year.',
    ])
      expect(buildDigest(article(text, '2025-03-05')).keyDate, text).toBeNull();
    expect(buildDigest(article('The vote is in 10 days.', '2025-03-05')).keyDate?.date).toBe('2025-03-15');
    // The part of a period gives way to a day the article names.
    expect(
      buildDigest(article('The museum must repay the grant by year-end and file accounts by 30 June.', '2025-03-05'))
        .keyDate?.date,
    ).toBe('2025-06-30');
    // A wire story stamped the evening before: Monday is the day after the stamp, but it has happened.
    expect(buildDigest(article('The visitors won the cup final on Monday.', '2024-11-24')).keyDate).toBeNull();
    const d = buildDigest(
      article('The summit is scheduled for 2 March 2025.', '2024-11-24', {
        keyDate: { date: '2025-06-01', label: 'Override' },
      }),
    );
    expect(d.keyDate).toMatchObject({ date: '2025-06-01', label: 'Override' });
  });
});

describe('key date and the headline', () => {
  const key = (title: string | null, text: string) => buildDigest(article(text, '2024-03-12', { title })).keyDate?.date;

  it('counts down to the day the headline is about, over a deadline beside it', () => {
    const text =
      'Postal ballots must reach the union by Monday. Dockers will vote on the harbour pay deal on Wednesday.';
    expect(key(null, text)).toBe('2024-03-18');
    expect(key('Dockers to vote on harbour pay deal', text)).toBe('2024-03-13');
  });

  it('counts down to the day the headline names', () => {
    const text = 'Traders must register their stalls by Friday. Celebrations on Saturday will end with fireworks.';
    expect(key('Town marks its founding on Saturday', text)).toBe('2024-03-16');
    // The headline's "28 March" is the text's "Thursday 28 March".
    expect(
      key(
        'A lie-in on 28 March',
        'Pupils break up on Friday 15 March. Schools open an hour later on Thursday 28 March.',
      ),
    ).toBe('2024-03-28');
    // A company named for a day names no day.
    expect(key('Saturday Stores cuts prices', text)).toBe('2024-03-15');
  });

  it('weighs little a headline word the whole article repeats', () => {
    const text =
      'Norland Mills will close its Leeds plant by 30 June. Norland Mills said on Tuesday that sales fell. ' +
      'Norland Mills workers will hold a rally on Saturday. Norland Mills shares fell 4%.';
    expect(key('Norland Mills to close Leeds plant', text)).toBe('2024-06-30');
  });
});

describe('key date: deadlines and events', () => {
  it('a deadline named once weighs no more than the event it leads to', () => {
    const key = (text: string) => buildDigest(article(text, '2024-04-22')).keyDate?.date;
    expect(key('The regional summit is scheduled for 9 May. Delegates must register by 2 May.')).toBe('2024-05-09');
  });
});

describe('key date label and the wire dateline', () => {
  it('drops a plain-text wire dateline ("PLACE _", "(Reuter) _") from the label', () => {
    const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;
    expect(label('GLASGOW _ Ferry crews will strike on Friday over rosters.')).toBe('Ferry crews will strike');
    expect(label('OSLO (Reuter) _ Dock workers will strike on Friday.')).toBe('Dock workers will strike');
  });
});

describe('key date label after a reporting verb', () => {
  const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;

  it('drops who said it and when, with or without "that"', () => {
    expect(label('Harbour officials said Wednesday the ferry could sail again on Thursday.')).toBe(
      'The ferry could sail again',
    );
    expect(label('Forecasters warned Tuesday that the river might burst its banks on Friday.')).toBe(
      'The river might burst its banks',
    );
  });

  it('keeps "in a statement" after a quotation out of the label', () => {
    expect(label('“Boarding starts on Friday,” the airline said in a statement.')).not.toBe('In a statement');
  });
});

describe('key date label endings', () => {
  it('ends on the words of what happens, not "until at least", "on or", "into" or "starting"', () => {
    const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;
    expect(label('The museum will stay closed until at least Friday.')).toBe('The museum will stay closed');
    expect(label('Bids must be lodged on or before 2 April.')).toBe('Bids must be lodged');
    expect(label('The inquiry could run into Saturday.')).toBe('The inquiry could run');
    expect(label('Nurses will walk out for two days starting 20 March.')).toBe('Nurses will walk out for two days');
  });
});

describe('key date: how long is not when', () => {
  it('counts down to no "within a week", "after twelve years" or "the next few weeks"', () => {
    const key = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate;
    expect(key('The builder told her the ceiling would fall in within a week.')).toBeNull();
    expect(key('The headteacher will retire after twelve years at the school.')).toBeNull();
    expect(key('The next few weeks will be hard for the ward, the nurse said.')).toBeNull();
    expect(key('The ward reopens on Friday after two weeks of repairs.')?.date).toBe('2024-03-15');
  });
});

describe('key date label for an event named by its day', () => {
  it('ends the label on the event the date qualifies, keeping a holiday’s name', () => {
    const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;
    expect(label('The council will set rents at its 14 May meeting.')).toBe(
      'The council will set rents at its meeting',
    );
    expect(label('Roads will be busy over the Easter weekend.')).toBe('Roads will be busy over the Easter weekend');
    expect(label('The water board faces a 9 April funding deadline.')).toBe('The water board faces a funding deadline');
  });
});

describe('key date label from a one-word subject', () => {
  it('labels what plain plurals are expected to do, but keeps an event named in a word', () => {
    const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;
    expect(label('Crowds are expected on Saturday for the lantern parade.')).toBe('Crowds are expected');
    expect(label('Sentencing is set for 22 March.')).toBe('Sentencing');
    expect(label('Talks are scheduled for Friday.')).toBe('Talks');
  });
});

describe('key date: more events', () => {
  it('counts down to an unveiling, a ballot closing or a day in court over a day merely mentioned', () => {
    const key = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.date;
    expect(key('The gallery cafe reopens on Thursday. The museum will unveil its dinosaur hall on Friday.')).toBe(
      '2024-03-15',
    );
    expect(key('The library holds a book sale on Wednesday. Both men will appear in court on Friday.')).toBe(
      '2024-03-15',
    );
    expect(key('The depot reopens on Thursday. The strike ballot of bus drivers closes on Friday.')).toBe('2024-03-15');
  });
});

describe('key date label from a reported clause', () => {
  const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;

  it('reads the clause after "saying"', () => {
    expect(label('The brewer opened its new taproom on Monday, saying a second one would open on 2 May.')).toBe(
      'A second one would open',
    );
  });

  it('reads the subject after "and that"', () => {
    expect(
      label('The club said its fans had backed the new crest, and that a members’ vote is scheduled for 9 April.'),
    ).toBe('Members’ vote');
  });
});

describe('key date: fixtures', () => {
  it('counts down to a match over a day merely mentioned before it', () => {
    const key = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.date;
    expect(key('The squad trains at the club on Thursday. Harbour Town play Ashby Rovers on Saturday.')).toBe(
      '2024-03-16',
    );
    expect(key('The stand reopens on Thursday. The sides meet in Game 3 on Saturday.')).toBe('2024-03-16');
  });
});

describe('key date label without a participle aside', () => {
  it('drops ", closed since…," and ", attended by 2,000 people," from the subject', () => {
    const label = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.label;
    expect(label('The old swimming baths, closed since the storm in January, will reopen on Friday.')).toBe(
      'The old swimming baths will reopen',
    );
    expect(label('The synod, attended by more than 1,200 delegates, will last until 20 March.')).toBe(
      'The synod will last',
    );
  });
});
