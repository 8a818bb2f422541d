import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string, title: string) => buildDigest(article(text, '2025-03-03', { title })).keyDate?.label;

describe('key date label: "it" is the thing the headline shows', () => {
  it('names the new thing for "it" and keeps what it does', () => {
    expect(
      label('Orbo showed the tablet in Berlin. It goes on sale on Friday 7 March.', 'Orbo unveils folding tablet'),
    ).toBe('The folding tablet goes on sale');
    expect(label('It opens to readers on Saturday 8 March.', 'Council reveals new library in Ashby')).toBe(
      'The new library opens to readers',
    );
  });

  it('leaves "it" in reported plans and under a headline that shows nothing', () => {
    expect(
      label('The firm said it would sell the tablet from Friday 7 March.', 'Orbo unveils folding tablet'),
    ).not.toMatch(/^The folding tablet/);
    expect(label('It goes on sale on Friday 7 March.', 'Orbo profits fall')).toBe('It goes on sale');
    expect(label('It goes on sale on Friday 7 March.', 'Orbo unveils @orbo_tab tablet')).toBe('It goes on sale');
  });
});

describe('a label opening on "It" names what the sentence before was about', () => {
  const labelOf = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

  it('the thing a report is about, or the subject the sentence before opens on', () => {
    expect(
      labelOf(
        'The trust says the night ferry, which carries about 30 people a trip, loses £90,000 a year. It will stop running on 28 March.',
      ),
    ).toBe('The night ferry will stop running');
    expect(labelOf('The flower show had been due to open on 12 March. It will now open on 9 April.')).toBe(
      'The flower show will now open',
    );
  });

  it('leaves "it" alone inside a sentence, and after a sentence bringing in a new thing', () => {
    expect(labelOf('The mayor spoke. She would not name a day, but it is widely expected to be 6 May.')).toMatch(/^It/);
    expect(labelOf('The gallery unveiled a new glass wing. It opens on 9 April.')).toMatch(/^It/);
  });
});

describe('a label opening on "He" or "She" names the person the sentence before opens on', () => {
  const labelOf = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

  it('an unnamed person described, or a surname with its honorific, of the pronoun’s sex', () => {
    expect(
      labelOf('A 47-year-old man has been questioned by detectives. He is due before Bodmin magistrates on 21 March.'),
    ).toBe('A 47-year-old man is due before Bodmin magistrates');
    expect(labelOf('Mrs Okonjo took over the trust in 2019. She will step down on 30 June.')).toBe(
      'Mrs Okonjo will step down',
    );
  });

  it('leaves the pronoun when the sex differs or the sentence before opens on no person', () => {
    expect(
      labelOf(
        'A 47-year-old woman has been questioned by detectives. He is due before Bodmin magistrates on 21 March.',
      ),
    ).toMatch(/^He /);
    expect(labelOf('Lisbon laid on a warm welcome for Ines Varga. She will visit the parliament on 6 March.')).toMatch(
      /^She /,
    );
  });
});

describe('a label opening on "They" names the subject the sentence before opens on', () => {
  const labelOf = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

  it('"The couple have…. They will…" is the couple', () => {
    expect(labelOf('The couple have four children. They will renew their vows on 9 March.')).toBe(
      'The couple will renew their vows',
    );
    expect(labelOf('The two brothers were charged on Friday. They will appear in court on 9 March.')).toBe(
      'The two brothers will appear in court',
    );
  });

  it('not after a report, whose "they" may be what is reported', () => {
    expect(labelOf('Police said the two brothers had been charged. They will appear in court on 9 March.')).toMatch(
      /^They /,
    );
  });
});
