import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeInput, normalizeWithMap } from '../../src/article/normalize.js';
import { parseArticle } from '../../src/article/parse.js';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';
import { HERALD_CLI } from '../support/build.js';

const BOM = '\uFEFF';

describe('normalizeInput', () => {
  it('drops byte-order marks anywhere and turns CRLF, lone CR and U+2028 into LF', () => {
    expect(normalizeInput(`${BOM}First line.\r\nSecond${BOM} line.\rThird.\u2028Fourth.`)).toBe(
      'First line.\nSecond line.\nThird.\nFourth.',
    );
    const plain = 'Nothing to do here.\n';
    expect(normalizeInput(plain)).toBe(plain);
  });

  it('drops bidirectional overrides, so a headline cannot turn the rest of its line backwards', () => {
    const RLO = '\u202E';
    const a = parseArticle(
      `date 2025-03-02\n# Harbour ${RLO}wall repaired\n\nThe harbour wall was repaired on Friday, the council said.\n`,
      'harbour',
    );
    const d = buildDigest(a);
    expect(d.headline).toBe('Harbour wall repaired');
    expect(JSON.stringify(d)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(normalizeInput('a\u2066b\u2069c\u202Dd')).toBe('abcd');
  });

  it('maps ranges of the normalised text back to the same characters of the original', () => {
    const original = `${BOM}Rain fell.\r\n\r\n${BOM}“We will rebuild,” the mayor said.`;
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('“We');
    const end = n.text.indexOf('”') + 1;
    const [s, e] = n.toOriginal(at, end);
    expect(original.slice(s, e)).toBe('“We will rebuild,”');
    // A range over a line end covers both characters of a CRLF; one from the start skips the mark there.
    const [s2, e2] = n.toOriginal(0, n.text.indexOf('“'));
    expect([s2, original.slice(s2, e2)]).toEqual([1, 'Rain fell.\r\n\r\n']);
  });
});

describe('article files with a byte-order mark or CRLF line ends', () => {
  it('reads the date line after a byte-order mark, and the body does not start with it', () => {
    const a = parseArticle(
      `${BOM}date 2025-01-05\r\nThe ferry service resumed on Saturday after the storm.\r\n`,
      'ferry',
    );
    expect(a.date).toBe('2025-01-05');
    expect(a.text).toBe('The ferry service resumed on Saturday after the storm.\r\n');
  });

  it('reads front matter with a byte-order mark and CRLF, or lone CR, line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const raw = [
        `${BOM}---`,
        'title: Orchard fair',
        'date: 2025-03-02',
        'keyDate:',
        '  date: 2025-04-12',
        '  label: The fair',
        '---',
        'Growers gather in April.',
      ].join(eol);
      const a = parseArticle(raw, 'fair');
      expect(a).toMatchObject({
        title: 'Orchard fair',
        date: '2025-03-02',
        keyDate: { date: '2025-04-12', label: 'The fair' },
      });
      expect(a.text).toBe('Growers gather in April.');
    }
  });

  it('gives no briefing line or key date from a header hidden behind a byte-order mark', () => {
    const body = [
      'The regional council approved the new tram line after a long debate on Friday evening.',
      'Work on the first section will begin on 3 March and is expected to last two years.',
      '“This line will change how the valley travels,” said councillor Maria Okafor.',
      'Opponents argued that the money would be better spent on buses.',
    ].join('\r\n\r\n');
    const a = parseArticle(`${BOM}date 2025-01-05\r\n${body}`, 'tram');
    const d = buildDigest(a);
    expect(d.article.date).toBe('2025-01-05');
    expect(d.briefing.join(' ')).not.toMatch(/date 2025/);
    expect(d.keyDate?.date).toBe('2025-03-03');
  });
});

describe('offsets into text with CRLF and byte-order marks', () => {
  const text = [
    'The library reopened on 2 June after the flood.',
    `${BOM}“We lost every book on the ground floor,” said librarian Tom Hale.`,
    '“Readers brought back more than we expected,” he added, “and some brought new ones.”',
    'A second branch will open on 14 September.',
  ].join('\r\n\r\n');
  const d = buildDigest(article(text, '2025-06-10'));

  it('points every quote and date at the text exactly as given', () => {
    expect(d.quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      '“We lost every book on the ground floor,”',
      '“Readers brought back more than we expected,” he added, “and some brought new ones.”',
    ]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
    for (const x of d.dates) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(d.dates.map((x) => x.date)).toEqual(['2025-06-02', '2025-09-14']);
  });

  it('reads the same digest as from the LF text, apart from offsets', () => {
    const lf = buildDigest(article(normalizeInput(text), '2025-06-10'));
    expect(d.briefing).toEqual(lf.briefing);
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual(lf.quotes.map((q) => [q.text, q.speaker]));
    expect(d.keyDate).toEqual(lf.keyDate);
  });
});

describe('the command line with a byte-order mark and CRLF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bom-'));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [...HERALD_CLI, ...args], { encoding: 'utf8', timeout: 30_000 });
  const story =
    'The harbour festival will open on Saturday with a parade of boats.\r\n\r\nOrganisers expect 20,000 visitors over the weekend.\r\n';

  it('digest FILE reads the date of a file saved with a byte-order mark and CRLF', () => {
    const path = join(dir, 'festival.txt');
    writeFileSync(path, `${BOM}date 2025-01-07\r\n${story}`);
    const r = run(['digest', path, '--json', '--now', '2025-01-07T12:00:00Z']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout) as {
      article: { date: string };
      briefing: string[];
      dates: { start: number; end: number; date: string }[];
    };
    expect(d.article.date).toBe('2025-01-07');
    expect(d.briefing.join(' ')).not.toContain('date 2025');
    expect(d.dates.map((x) => [story.slice(x.start, x.end), x.date])).toEqual([['on Saturday', '2025-01-11']]);
  });

  it('digest --jsonl reads a file that starts with a byte-order mark and has CRLF lines', () => {
    const lines = [
      { id: 'a', date: '2025-01-07', text: story },
      { id: 'b', date: '2025-01-07', text: 'The bridge closed on 2 January for repairs.' },
    ];
    const path = join(dir, 'in.jsonl');
    writeFileSync(path, `${BOM}${lines.map((l) => JSON.stringify(l)).join('\r\n')}\r\n`);
    const r = run(['digest', '--jsonl', path, '--now', '2025-01-07T12:00:00Z']);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            article?: { id: string };
            error?: string;
            dates: { start: number; end: number; text: string }[];
          },
      );
    expect(out.map((o) => o.error ?? o.article?.id)).toEqual(['a', 'b']);
    expect(out[0]?.dates.map((x) => story.slice(x.start, x.end))).toEqual(['on Saturday']);
  });
});

describe('invisible characters that web pages put inside words', () => {
  // A zero-width space inside a date, a soft hyphen inside a name, a word joiner inside a quote.
  const text =
    'The bridge will reopen on 14\u200B September, said engineer Ana Ko\u00ADvacs. “It is safe\u2060 again,” she said.';
  const d = buildDigest(article(text, '2025-06-10'));

  it('hide no date or speaker, and offsets still point at the text as given', () => {
    expect(d.dates.map((x) => x.date)).toEqual(['2025-09-14']);
    // The date's text is what a reader sees (no invisible character); its offsets cover it as given.
    expect(d.dates.map((x) => [x.text, text.slice(x.start, x.end)])).toEqual([
      ['on 14 September', 'on 14\u200B September'],
    ]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ana Kovacs']);
    expect(d.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“It is safe\u2060 again,”']);
  });
});

describe('HTML character references in text copied from a page', () => {
  const text =
    '&#8220;The dam is safe,&#8221; said engineer Ana Kovacs. AT&amp;T&rsquo;s lines were restored on 2&nbsp;June.';
  const d = buildDigest(article(text, '2025-06-10'));

  it('are read as the characters they stand for, with offsets into the text as given', () => {
    expect(d.quotes.map((q) => [q.text, text.slice(q.start, q.end)])).toEqual([
      ['The dam is safe', '&#8220;The dam is safe,&#8221;'],
    ]);
    expect(d.dates.map((x) => [x.date, text.slice(x.start, x.end)])).toEqual([['2025-06-02', 'on 2&nbsp;June']]);
    expect(d.briefing.join(' ')).toContain('AT&T’s lines');
  });
});

describe('guillemets, as translated copy prints quotations', () => {
  it('mark a quotation like curly quotes, with offsets into the text as given', () => {
    const text = 'Dock workers ended their strike. «We won,» said union leader Maria Lopez.';
    const d = buildDigest(article(text, '2025-06-10'));
    expect(d.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)])).toEqual([['Maria Lopez', '«We won,»']]);
  });

  it('with the spaces French copy sets inside them: the quotation is found, the briefing closes them up', () => {
    const text =
      'The ferry strike ended at dawn. « Nous avons gagné », said union leader Maria Lopez on the quay. Boats sailed by noon.';
    const d = buildDigest(article(text, '2025-06-10'));
    expect(d.quotes.map((q) => [q.speaker, q.text])).toEqual([['Maria Lopez', 'Nous avons gagné']]);
    expect(d.briefing.join(' ')).toContain('“Nous avons gagné”, said union leader Maria Lopez');
  });
});

describe('a long run of spaces inside a sentence', () => {
  it('reads as one space, with offsets into the text as given', () => {
    const gap = ' '.repeat(20_000);
    const text = `The harbour board${gap}will meet on 4 June. “We are ready,” said board chair Ida Berg.`;
    const d = buildDigest(article(text, '2025-03-03'));
    expect(d.briefing[0]).toBe('The harbour board will meet on 4 June.');
    expect(d.dates.map((x) => text.slice(x.start, x.end))).toEqual(['on 4 June']);
    expect(d.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)])).toEqual([['Ida Berg', '“We are ready,”']]);
  });
});

describe('a long run of blank lines or of line-end spaces', () => {
  it('reads as one paragraph break, or one line break, with offsets into the text as given', () => {
    const blank = '\r\n'.repeat(5_000);
    const indent = `\n${' '.repeat(40)}`;
    const text = `Ferry crews will strike on 9 June.${blank}“Talks have failed,” said union chair Tove Lind.${indent}The port is quiet.`;
    const n = normalizeWithMap(text);
    expect(n.text).toBe(
      'Ferry crews will strike on 9 June.\n\n“Talks have failed,” said union chair Tove Lind.\nThe port is quiet.',
    );
    const d = buildDigest(article(text, '2025-06-02'));
    expect(d.dates.map((x) => text.slice(x.start, x.end))).toEqual(['on 9 June']);
    expect(d.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)])).toEqual([
      ['Tove Lind', '“Talks have failed,”'],
    ]);
  });
});
