import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => [q.speaker, q.text]);

describe('British abbreviated ranks are titles, not part of the name', () => {
  it('drops "Cllr", "Sqn Ldr", "Cdr" and "Det Con" before a name', () => {
    const t =
      '“Tenants cannot be asked to wait another winter,” said Cllr Nadia Orme.\n\n' +
      'Sqn Ldr Felix Brand told the BBC: “The jets will pass over the pier at noon.”\n\n' +
      '“We stay until the harbour is clear,” Lt Cdr Ines Varga said.\n\n' +
      'Det Con Ruth Okoro told the court: “He never once said sorry to the family.”';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Nadia Orme', 'Felix Brand', 'Ines Varga', 'Ruth Okoro']);
  });

  it('reads a police rank in capitals before a surname alone as that officer', () => {
    const t =
      'Det Con Ruth Okoro led the inquiry for two years.\n\n' +
      'Outside court, DC Okoro said: “Today belongs to the family, not to us.”';
    expect(who(t)).toEqual([['Ruth Okoro', 'Today belongs to the family, not to us.']]);
  });

  it('keeps "Con" as a given name when no "Det" comes before it', () => {
    expect(who('“The harbour has never looked better,” said Con Mulrooney.')).toEqual([
      ['Con Mulrooney', 'The harbour has never looked better'],
    ]);
  });
});

describe('two roles joined by "and" before a name after the cue', () => {
  it('credits the person, not the company before the roles', () => {
    const t =
      '“We waited until the hinge was right,” said Orrin founder and chief executive Maja Strand.\n\n' +
      '“Nobody expected sales to hold up,” said Pellow Foods chairman & chief executive Idris Kane.\n\n' +
      '“The school roof is safe,” said council leader and ward member Bryn Teague.';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Maja Strand', 'Idris Kane', 'Bryn Teague']);
  });

  it('still reads "the founder and chief executive of Orrin, Maja Strand" as hers', () => {
    expect(who('“It is a fair price,” said the founder and chief executive of Orrin, Maja Strand.')).toEqual([
      ['Maja Strand', 'It is a fair price'],
    ]);
  });
});

describe('"said the head of Acme, Ana Holt": the body a role belongs to, then the person', () => {
  it('credits the person set off by a comma, not the body or part of its name', () => {
    const t =
      '“We will appeal the ruling,” said the head of the Harbour Workers Union, Lina Moretti.\n\n' +
      '“It was a night to remember,” said the manager of Ashby Vale, Conor Pryde, after the match.';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Lina Moretti', 'Conor Pryde']);
  });

  it('still credits "the head of the club" as a description when no name follows', () => {
    expect(who('“It was a night to remember for all of us,” said the head of the club.')).toEqual([
      ['the head of the club', 'It was a night to remember for all of us'],
    ]);
  });
});

describe('a position, a band role or a practitioner opening a sentence before a name', () => {
  it('is no part of the speaker’s name', () => {
    const t =
      'Flanker Tomos Rhydderch added: “There is real belief in the squad now.”\n\n' +
      'Bassist Lola Brannigan added: “We are older and slower, but louder than ever.”\n\n' +
      'Florist Jan Ruddock said: “Nobody is buying flowers this week, nobody at all.”';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Tomos Rhydderch', 'Lola Brannigan', 'Jan Ruddock']);
  });
});

describe('a quotation paragraph after a sentence reporting a named person', () => {
  it('is theirs after an opening phrase or a phrase quoted in the report', () => {
    const t1 =
      'Addressing the council on Monday, Hana Okafor said the library service was close to collapse.\n\n' +
      '“Every branch is short of staff. Some open two days a week.”';
    const t2 =
      'Hana Okafor said the library service was “on its knees”.\n\n“Every branch is short of staff. Some open two days a week.”';
    for (const t of [t1, t2])
      expect(who(t).at(-1)).toEqual(['Hana Okafor', 'Every branch is short of staff. Some open two days a week.']);
  });
});

describe('an age in figures as the subject before a quotation', () => {
  it('"The 22-year-old wrote on Instagram: “…”" is the person just named', () => {
    const t =
      'Kestrel Rovers winger Idris Makinde has apologised for a video mocking a linesman.\n\n' +
      'The 22-year-old wrote on Instagram: “I got it wrong and I am sorry. It will not happen again.”';
    expect(who(t)).toEqual([['Idris Makinde', 'I got it wrong and I am sorry. It will not happen again.']]);
  });

  it('"A 35-year-old witness said: “…”" is that unnamed witness', () => {
    const t =
      'Police have arrested a man.\n\nA 35-year-old witness said: “I saw the van hit him and drive off at speed.”';
    expect(who(t)).toEqual([['a 35-year-old witness', 'I saw the van hit him and drive off at speed.']]);
  });
});

describe('a feature’s epithet for the person it just named', () => {
  it('"the former nurse said", "said the grandmother-of-six" are that person', () => {
    const t =
      'Edna Fairweather finished her 100th marathon in Seville on Sunday.\n\n' +
      '“I only started running when I retired,” the former nurse said.\n\n' +
      '“My knees are not what they were,” said the grandmother-of-six.';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Edna Fairweather', 'Edna Fairweather']);
  });

  it('leaves a former office to its holder', () => {
    const t =
      'Governor Lena Ortiz opened the bridge. Former mayor Sam Kettering watched from the crowd.\n\n' +
      '“This bridge was my idea,” the former mayor said.';
    expect(who(t)).toEqual([['Sam Kettering', 'This bridge was my idea']]);
  });
});

describe('what an ordinary person is to the story, opening a sentence before their name', () => {
  it('is no part of the name: "Shopkeeper", "Mother-of-two", "Grandmother"', () => {
    const t =
      'Shopkeeper Aoife Brannock said: “You cannot hear yourself think when the lorries pass.”\n\n' +
      'Mother-of-two Lena Castell said: “The school run takes an hour now, every single day.”\n\n' +
      'Grandmother Win Oduya said: “I have lived on this street for sixty years and never seen it so bad.”';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Aoife Brannock', 'Lena Castell', 'Win Oduya']);
  });
});

describe('a live blog entry whose time stamp has no dash', () => {
  it('opens its first sentence after the stamp, so its subject is read whole', () => {
    const t =
      '15:20 A spokesman for the Coastguard Agency says three lifeboats have been launched. ' +
      '“Please stay away from the cliffs and the harbour wall,” he says.';
    expect(who(t)).toEqual([
      ['a spokesman for the Coastguard Agency', 'Please stay away from the cliffs and the harbour wall'],
    ]);
  });
});

describe('an office is not its shadow, deputy or vice', () => {
  it('"the Chancellor said" is the Chancellor, not the shadow chancellor quoted last', () => {
    const t =
      'Chancellor Mira Castellan has frozen fuel duty for a fourth year.\n\n' +
      'Shadow chancellor Piers Holloway said: “This is a gimmick dressed up as a giveaway.”\n\n' +
      '“Drivers have been squeezed for long enough,” the Chancellor said.';
    expect(who(t).at(-1)).toEqual(['Mira Castellan', 'Drivers have been squeezed for long enough']);
  });

  it('"the prime minister said" is not the deputy prime minister', () => {
    const t =
      'Prime Minister Alma Reyes toured the flood zone on Monday.\n\n' +
      'Deputy Prime Minister Colm Aherne said: “The army will stay as long as it is needed.”\n\n' +
      '“Every family will get help within a week,” the prime minister said.';
    expect(who(t).at(-1)).toEqual(['Alma Reyes', 'Every family will get help within a week']);
  });
});

describe('"told Times Radio:" names who heard the quotation, not who spoke it', () => {
  it('credits the person set off by commas before the cue', () => {
    const t =
      'The charity said the cut would cost lives. Its director, Nadia Obuya, told Radio Medway: ' +
      '“This is a choice, and it is the wrong one.”';
    expect(who(t)).toEqual([['Nadia Obuya', 'This is a choice, and it is the wrong one.']]);
  });

  it('credits the subject of "by telling Channel Five:"', () => {
    const t =
      'Ryland Oduya played down the row by telling Channel Five: “It was a joke between friends, nothing more.”';
    expect(who(t)).toEqual([['Ryland Oduya', 'It was a joke between friends, nothing more.']]);
  });
});

describe('a speech verb put first: "Said Ellis: “…”"', () => {
  it('is the person named, by their full name, not "Said Ellis"', () => {
    const t =
      'Nadia Ellwood runs a tax clinic in Leeds. Critics say the plan is too complicated. ' +
      'Said Ellwood: “I cannot see how anyone would fill in this form without help.”';
    expect(who(t)).toEqual([['Nadia Ellwood', 'I cannot see how anyone would fill in this form without help.']]);
  });

  it('keeps "Said" as a given name before a speech verb', () => {
    expect(who('“We will not meet them again,” Said Jaber said.')).toEqual([
      ['Said Jaber', 'We will not meet them again'],
    ]);
  });
});

describe('an office set before the name that holds it, with commas', () => {
  it('"The Shadow Secretary of State for Work, Ann Leigh, said:" is hers', () => {
    const t =
      'The Shadow Secretary of State for Work, Ann Leigh, said: “These plans were announced in the autumn and are recycled now.”';
    expect(who(t)).toEqual([['Ann Leigh', 'These plans were announced in the autumn and are recycled now.']]);
  });

  it('"Shadow Chancellor Ivo Marsh" is Ivo Marsh', () => {
    expect(who('“The sums simply do not add up,” said Shadow Chancellor Ivo Marsh.')).toEqual([
      ['Ivo Marsh', 'The sums simply do not add up'],
    ]);
  });
});

describe('"the organiser in Kenya, Wanjiru Otieno, told…": the place a role is in, then the person', () => {
  it('credits the person, not the place', () => {
    const t = '“I am outraged at the hypocrisy,” the festival’s organiser in Malawi, Grace Banda, told the BBC.';
    expect(who(t)).toEqual([['Grace Banda', 'I am outraged at the hypocrisy']]);
  });
});

describe('a number written out at a sentence start is no speaker', () => {
  it('"One commented:" names no one called "One"', () => {
    expect(
      who('Fans loved the video. One commented: “This girl is so talented, she can look like anyone at all!”'),
    ).toEqual([[null, 'This girl is so talented, she can look like anyone at all!']]);
  });
});

describe('"described as “…”": what the cue calls it is the speaker’s words', () => {
  it('credits the person who described it so', () => {
    const t =
      'Eleven people were hurt by a blast that Mayor Rhiannon Pike described as “a deliberate attack on our city by cowards.”';
    expect(who(t)).toEqual([['Rhiannon Pike', 'a deliberate attack on our city by cowards.']]);
  });
});

describe('sport and feature epithets with a figure in them', () => {
  it('"said the 2019 Amateur champion", "continued the 81-year-old novelist" are the person just named', () => {
    const t =
      'Callum Reid missed the cut on his debut.\n\n' +
      '“It was a hard lesson but I will be back,” said the 2019 Amateur champion.\n\n' +
      'Imelda Vance was asked about the new queen.\n\n' +
      '“I think she is guarding her privacy,” continued the 81-year-old novelist.';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Callum Reid', 'Imelda Vance']);
  });
});

describe('a trade or a rival opening a sentence before a name', () => {
  it('is no part of the name', () => {
    const t =
      'Cleaner Otis Padilla Mora said: “It looked like any other box left out on the street.”\n\n' +
      'Rival Ines Carvalho said: “Anyone who blames the microphone is not having a good night.”';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Otis Padilla Mora', 'Ines Carvalho']);
  });
});

describe('a nickname inside a quotation is no fuller name', () => {
  it('keeps the narration’s name for the person', () => {
    const t =
      'Senator Rowan Blake attacked rival Petra Lind on Friday.\n\n' +
      'He told a rally: “Debating that podium was harder than debating Lying Petra Lind.”\n\n' +
      '“He is not having a good week,” Lind said.';
    expect(who(t).at(-1)).toEqual(['Petra Lind', 'He is not having a good week']);
  });
});

describe('a hyphenated past tense as the subject’s verb', () => {
  it('"Mr Quayle then e-mailed…" makes him the one "He said" means', () => {
    const t =
      'Realising his slip, Mr Quayle then e-mailed the producer, suggesting host Bea Sterling would see the joke.\n\n' +
      'He said: “Not very good at this phone keyboard business.”\n\nMarcus Quayle runs the campaign.';
    expect(who(t)).toEqual([['Marcus Quayle', 'Not very good at this phone keyboard business.']]);
  });
});

describe('a cue after an auxiliary: "had said", "will say"', () => {
  it('credits the speaker, and the quote paragraph after it', () => {
    const t =
      'Sprinter Dora Kallis was banned for two years.\n\n' +
      '“I am calm and hopeful,” Kallis had said at the time.\n\n' +
      '“We showed the panel new evidence they had never seen.”';
    expect(who(t).map(([speaker]) => speaker)).toEqual(['Dora Kallis', 'Dora Kallis']);
  });

  it('"he will say" in a preview of a speech is the speaker named before', () => {
    const t =
      'Prime Minister Aldo Brecht will argue for lower taxes on Monday. ' +
      '‘There is no such thing as public money, only taxpayers’ money,’ he will say.';
    expect(who(t)).toEqual([['Aldo Brecht', 'There is no such thing as public money, only taxpayers’ money']]);
  });
});

describe('a quote paragraph after one an unnamed voice said', () => {
  it('is that voice’s too, not the last person named', () => {
    const t =
      'Federation president Omar Haddad opened the meeting.\n\n' +
      '“Nothing was decided today,” said a federation spokeswoman.\n\n' +
      '“Getting everyone in one room gave us plenty to think about.”';
    expect(who(t).at(-1)).toEqual([
      'a federation spokeswoman',
      'Getting everyone in one room gave us plenty to think about.',
    ]);
  });
});

describe('a description in capitals and lower case after the cue', () => {
  it('"said the European cross-country champion" is read whole, so the runner just named speaks', () => {
    const t =
      'Team member Isla Brodie said the squad would understand.\n\n' +
      '“It would be wonderful to have her on the team,” said the European cross-country champion.';
    expect(who(t)).toEqual([['Isla Brodie', 'It would be wonderful to have her on the team']]);
  });
});

describe('a street named after a preposition of place is no person', () => {
  it('is never the one a pronoun stands for', () => {
    const t =
      'A woman was robbed as she walked home.\n\n' +
      'The 31-year-old was approached by two men on Kettle Lane at about 23:00 on Monday.\n\n' +
      'She told the BBC: “One of them held a knife to me and told me to hand over my bag.”';
    expect(who(t)[0]?.[0]).not.toBe('Kettle Lane');
  });

  it('leaves a person whose surname is a street’s kind', () => {
    expect(who('“It was the role of a lifetime,” said actor Nathan Lane.')).toEqual([
      ['Nathan Lane', 'It was the role of a lifetime'],
    ]);
  });
});

describe('an office its paragraph just made the subject, before a pronoun’s quotation', () => {
  it('is who the pronoun stands for, not the person named before', () => {
    const t =
      'Hugo Brandt, the shadow chancellor, attacked the plan. “It is a con,” he said.\n\n' +
      'The Chancellor arrived in the Commons at noon. “This is a Budget for families,” she told MPs.';
    expect(who(t).at(-1)).toEqual(['the Chancellor', 'This is a Budget for families']);
  });

  it('is the person the article names as holding it', () => {
    const t =
      'Chancellor Mira Castellan will speak at noon.\n\nPiers Holloway, the shadow chancellor, said: “It is a con.”\n\n' +
      '11:05 The Chancellor begins her statement. “This is a Budget for families,” she tells MPs.';
    expect(who(t).at(-1)).toEqual(['Mira Castellan', 'This is a Budget for families']);
  });
});
