import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import { readArticleFile, readFolderArticle } from '../../src/article/load.js';
import { ArticleFiles } from '../../src/library/files.js';
import { ArticleLibrary } from '../../src/library/library.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ArticleError } from '../../src/errors.js';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ArticleError) return err.code;
    throw err;
  }
  return 'ok';
}

describe('plain text articles', () => {
  it('reads the date line with the body on the same line and a leading space', () => {
    const a = parseArticle(' date 2024-11-24 Body starts here.\n\nSecond paragraph.', 'x');
    expect(a.date).toBe('2024-11-24');
    expect(a.text).toBe('Body starts here.\n\nSecond paragraph.');
  });
  it('reads the header of an article copied from a news page: blank lines, a byline, a date alone', () => {
    const body = 'The ferry to Arran resumes on Monday, the operator said.';
    const headers = [
      '\n\n  date 2025-02-09\n',
      'Ferry to resume\nBy Morag Kerr, Transport reporter\nPublished 9 February 2025\n\n',
      'Ferry to resume\n9 February 2025\n',
      'Ferry to resume\nSunday 9 February 2025 10:42 GMT\n\n',
      'Ferry to resume\r\n\r\nBy Morag Kerr\r\n\r\nFeb. 9, 2025\r\n\r\n',
      '9 February 2025\n',
      'Ferry to resume\nMorag Kerr | Transport\n9 February 2025 · 3 min read\n',
      'Ferry to resume\nPublished 9 February 2025, updated 10 February 2025\n',
      'Ferry to resume\nLast updated: 9 February 2025\n',
    ];
    for (const h of headers) {
      const a = parseArticle(`${h}${body}`, 'x');
      expect(a, JSON.stringify(h)).toMatchObject({ date: '2025-02-09' });
      expect(a.text.trim(), JSON.stringify(h)).toBe(body);
      expect(a.title, JSON.stringify(h)).toBe(h.startsWith('Ferry') ? 'Ferry to resume' : null);
    }
    // A standfirst between the title and the date is text; the byline is not.
    const standfirst = parseArticle(
      `Ferry to resume\nIslanders have waited a month.\nBy Morag Kerr\n9 February 2025\n\n${body}`,
      'x',
    );
    expect(standfirst).toMatchObject({ date: '2025-02-09', text: `Islanders have waited a month.\n\n${body}` });
    // A date that opens a sentence is text, and a label far from the top is not a date line.
    expect(parseArticle('Posted 3 hours ago\n\nThe ferry resumes.', 'x')).toMatchObject({ date: null });
    expect(parseArticle('Ferry to resume\n9 February 2025 was the day it sank.\n', 'x')).toMatchObject({
      date: null,
      title: null,
      text: 'Ferry to resume\n9 February 2025 was the day it sank.\n',
    });
    expect(parseArticle('Ferry to resume\n\nPosted 3 times.\n', 'x')).toMatchObject({
      date: null,
      text: 'Posted 3 times.\n',
    });
  });
  it('takes a title set apart at the top of an undated file, so the digest is headed by it', () => {
    const a = parseArticle('Harbour café wins award\n\nThe café on the quay won the regional prize on Tuesday.', 'x');
    expect(a).toMatchObject({ title: 'Harbour café wins award', date: null });
    expect(a.text).toBe('The café on the quay won the regional prize on Tuesday.');
    // A first line that is a sentence, or a page's stamp, is text.
    for (const t of ['The café won.\n\nIt was a surprise.', 'Posted 3 hours ago\n\nThe café won.'])
      expect(parseArticle(t, 'x'), t).toMatchObject({ title: null, text: t });
  });
  it('takes a headline set apart below the date line as the title, as people write files by hand', () => {
    expect(
      parseArticle('date 2025-02-09\n\nFerry to resume next week\n\nThe ferry resumes on Monday.', 'x'),
    ).toMatchObject({
      title: 'Ferry to resume next week',
      text: 'The ferry resumes on Monday.',
    });
    // A sentence, a byline, a body on the date's own line and a line that runs on are text.
    for (const t of [
      'date 2025-02-09\n\nThe ferry resumes on Monday.\n\nIt was late.',
      'date 2025-02-09\nBy Morag Kerr\n\nThe ferry resumes on Monday.',
      'date 2025-02-09 Ferry news\n\nThe ferry resumes on Monday.',
      'date 2025-02-09\nThe ferry resumes on Monday after\nrepairs to its ramp.',
    ])
      expect(parseArticle(t, 'x').title, t).toBeNull();
  });
  it('reads the date line on its own line', () => {
    expect(parseArticle('date 2025-01-02\nHello world.', 'x')).toMatchObject({
      date: '2025-01-02',
      text: 'Hello world.',
    });
  });
  it('reads the date line written with a colon, in any case', () => {
    for (const line of ['Date: 2025-01-05', 'date:2025-01-05', 'DATE 2025-01-05', '\uFEFFDate: 2025-01-05\r'])
      expect(parseArticle(`${line}\nThe bridge reopens on Friday.`, 'x'), line).toMatchObject({
        date: '2025-01-05',
        text: 'The bridge reopens on Friday.',
      });
    // A first line that only starts with the word is text.
    expect(parseArticle('Dates were set for the talks.', 'x')).toMatchObject({ date: null });
  });
  it('refuses an impossible date, an empty article and binary data', () => {
    expect(code(() => parseArticle('date 2024-02-30 Text.', 'x'))).toBe('bad-date');
    expect(code(() => parseArticle('date 2024-13-01 Text.', 'x'))).toBe('bad-date');
    expect(code(() => parseArticle('   \n\t ', 'x'))).toBe('empty');
    expect(code(() => parseArticle('date 2024-11-24   \n  ', 'x'))).toBe('empty');
    expect(code(() => parseArticle('PK\u0003\u0004\u0000\u0000binary', 'x'))).toBe('binary');
  });
  it('reads a date line written as people write dates, with a time, or labelled "Published"', () => {
    expect(parseArticle('date 3 March 2025\nThe dam opened.', 'x')).toMatchObject({
      date: '2025-03-03',
      text: 'The dam opened.',
    });
    expect(parseArticle('Published: Mar. 3, 2025 The dam opened.', 'x')).toMatchObject({
      date: '2025-03-03',
      text: 'The dam opened.',
    });
    expect(parseArticle('Date: 2025-03-03T21:15:00-05:00\nThe dam opened.', 'x').date).toBe('2025-03-03');
    // Year first, the month and day without their zeros cannot be mixed up.
    expect(parseArticle('date 2025-3-3\nThe dam opened.', 'x').date).toBe('2025-03-03');
    // A label before words that are no date is text; before digits that are no date, an error.
    expect(parseArticle('Posted in the lobby, the notice was torn down.', 'x').date).toBeNull();
    const err = (() => {
      try {
        parseArticle('date 03/04/2025\nThe dam opened.', 'x');
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(err).toBe('x: the date line\'s "03/04/2025" is not a real date (write it as 2024-11-24)');
  });
  it('keeps at most 300 characters of a title, cut at a space, as feed titles are', () => {
    const long = `${'The harbour board met again '.repeat(400)}today`;
    const a = parseArticle(`---\ntitle: ${long}\ndate: 2025-01-05\n---\nThe board met.`, 'x', true);
    expect(a.title?.length).toBeLessThanOrEqual(300);
    expect(a.title).toMatch(/^The harbour board met again .*\S…$/);
    expect(parseArticle('Harbour board meets\ndate 2025-01-05\nThe board met.', 'x').title).toBe('Harbour board meets');
  });
  it('skips a file that is a heading and nothing under it, rather than brief "# Heading" as a line', () => {
    for (const [content, md] of [
      ['# Parish notices\n', true],
      ['date 2025-01-05\n# Parish notices\n\n', false],
    ] as const)
      expect(() => parseArticle(content, 'notices', md)).toThrow(
        'notices: the article has a heading but no text under it',
      );
    expect(parseArticle('# Parish notices\nThe fete is on Saturday.', 'notices', true).title).toBe('Parish notices');
  });
  it('reads a date line whose label is set off by a dash, rather than count down to the line itself', () => {
    for (const line of ['Date - 5 January 2025', 'Date — 5 January 2025', 'Published – Jan. 5, 2025'])
      expect(parseArticle(`${line}\nThe bridge reopens on 20 January.`, 'x'), line).toMatchObject({
        date: '2025-01-05',
        text: 'The bridge reopens on 20 January.',
      });
    expect(parseArticle('Date-night ideas for the long weekend.', 'x')).toMatchObject({ date: null });
  });
  it('keeps an article without a date line, undated', () => {
    expect(parseArticle('Dated later.', 'x').date).toBeNull();
  });
});

describe('markdown with front matter', () => {
  const md = `---\ntitle: Summit set\ndate: 2025-03-01\nsource: Example News\nurl: https://example.com/a\nkeyDate:\n  date: 2025-04-01\n  label: The summit\n---\nLeaders will meet.\n`;
  it('reads every field', () => {
    const a = parseArticle(md, 'summit');
    expect(a).toMatchObject({
      id: 'summit',
      title: 'Summit set',
      date: '2025-03-01',
      source: 'Example News',
      url: 'https://example.com/a',
    });
    expect(a.keyDate).toEqual({ date: '2025-04-01', label: 'The summit' });
    expect(a.text).toBe('Leaders will meet.\n');
  });
  it('takes the day of a date written with a time, as site generators write it', () => {
    for (const date of ['2025-01-06T18:30:00Z', '2025-01-06 18:30', '2025-01-06T23:30:00-05:00', "'2025-01-06T08:00'"])
      expect(parseArticle(`---\ndate: ${date}\n---\nText.`, 'x').date, date).toBe('2025-01-06');
    expect(code(() => parseArticle('---\ndate: 2025-01-06T25:99\n---\nText.', 'x'))).toBe('bad-date');
  });
  it('takes a date written in words', () => {
    for (const date of ['3 March 2025', 'March 3, 2025', 'Mon, 3 Mar 2025'])
      expect(parseArticle(`---\ndate: ${date}\n---\nText.`, 'x').date).toBe('2025-03-03');
    expect(code(() => parseArticle('---\ndate: 31 April 2025\n---\nText.', 'x'))).toBe('bad-date');
  });
  it('takes a leading Markdown heading as the title when nothing else gives one; the text keeps it', () => {
    const a = parseArticle('# Ferry service resumes\n\nThe ferry sails again on Monday.\n', 'ferry');
    expect(a).toMatchObject({
      title: 'Ferry service resumes',
      text: '# Ferry service resumes\n\nThe ferry sails again on Monday.\n',
    });
    expect(parseArticle('date 2025-01-06\n# Ferry service resumes\nText.', 'x').title).toBe('Ferry service resumes');
    // The date line may follow the heading; the heading stays in the text, the date line does not.
    expect(parseArticle('# Ferry service resumes\ndate 2025-01-06\nThe ferry sails again.\n', 'x')).toMatchObject({
      title: 'Ferry service resumes',
      date: '2025-01-06',
      text: '# Ferry service resumes\nThe ferry sails again.\n',
    });
    // A plain title line before the date line is the title, and not a line of the text.
    expect(
      parseArticle('\uFEFFHarbour ferry back in service\r\ndate 2025-01-06\r\n\r\nIt sails.\r\n', 'x'),
    ).toMatchObject({
      title: 'Harbour ferry back in service',
      date: '2025-01-06',
      text: '\r\nIt sails.\r\n',
    });
    // Without a date line after it, the first line is text, as before.
    expect(parseArticle('Harbour ferry back\nIt sails.\n', 'x')).toMatchObject({ title: null, date: null });
    expect(parseArticle('---\ntitle: Given\n---\n# Heading\nText.', 'x').title).toBe('Given');
    expect(parseArticle('#hashtag news. Text.', 'x').title).toBeNull();
  });
  it('names the bad field', () => {
    expect(() => parseArticle('---\ndate: 2025-02-31\n---\nText.', 'x')).toThrow(/date/);
    expect(() => parseArticle('---\nurl: not a url\n---\nText.', 'x')).toThrow(/url/);
    expect(code(() => parseArticle('---\ntitle: [unclosed\n---\nText.', 'x'))).toBe('bad-front-matter');
    expect(code(() => parseArticle('---\ntitle: x\nText without closing', 'x'))).toBe('bad-front-matter');
  });
  it('reads an empty front matter block as no fields, not as one left open', () => {
    expect(parseArticle('---\n---\nThe quay reopens on 3 May 2025.\n', 'quay')).toMatchObject({
      title: null,
      date: null,
      text: 'The quay reopens on 3 May 2025.\n',
    });
    // A field left blank while drafting is a field left out.
    expect(parseArticle('---\ntitle:\nsource:\ndate: 2025-04-02\n---\nText.', 'x')).toMatchObject({
      title: null,
      source: null,
      date: '2025-04-02',
    });
  });
  it('says how to write a field it cannot take, in words and not a schema', () => {
    const says = (md: string) => {
      try {
        parseArticle(md, 'x');
      } catch (err) {
        return (err as Error).message;
      }
      return 'read';
    };
    expect(says('---\ntitle: 1984\n---\nText.')).toBe(
      'x: front matter field "title" must be text; put it in quotes if it looks like a number (title: "1984")',
    );
    expect(says('---\nkeyDate: 2025-03-01\n---\nText.')).toBe(
      'x: front matter field "keyDate" must be two lines below it: date: 2025-01-20 and label: what happens that day',
    );
    expect(says('---\nkeyDate:\n  date: 2025-03-01\n---\nText.')).toBe(
      'x: front matter field "keyDate.label" is missing: under keyDate, write label: what happens that day',
    );
    expect(says('---\nurl: example.com/a\n---\nText.')).toBe(
      'x: front matter field "url" must be a full web address starting with https:// or http://',
    );
    expect(says('---\n- a list\n---\nText.')).toBe(
      'x: front matter must be lines of name: value (title:, date:, source:, url:, keyDate:)',
    );
    for (const md of ['---\ntitle: 1984\n---\nText.', '---\nkeyDate: 2025-03-01\n---\nText.'])
      expect(says(md)).not.toMatch(/Invalid input|expected|received/);
  });
  it('refuses TOML front matter (+++) rather than brief on its lines and count down to its date', () => {
    const toml = '+++\ntitle = "Fair opens"\ndate = 2025-01-05\n+++\nThe fair opens on 9 January.\n';
    expect(code(() => parseArticle(toml, 'fair', true))).toBe('bad-front-matter');
    expect(() => parseArticle(toml, 'fair', true)).toThrow(
      'fair: front matter between +++ lines (TOML) is not read; write it as YAML between --- lines',
    );
  });
});

describe('article files', () => {
  it('uses the file name as id and lists newest first, reporting bad files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-'));
    writeFileSync(join(dir, 'old.txt'), 'date 2020-01-01 Old news.');
    writeFileSync(join(dir, 'new.md'), '---\ndate: 2024-01-01\n---\nNew news.');
    writeFileSync(join(dir, 'bad.txt'), '');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const problems: string[] = [];
    const store = await SqliteStore.open(join(dir, 'herald.db'));
    const files = new ArticleFiles({
      dir,
      store: store.articles,
      clock: { now: () => new Date() },
      onProblem: (p) => problems.push(p.file),
    });
    await files.sync();
    expect((await new ArticleLibrary(dir, store.articles).list(10)).map((a) => a.id)).toEqual(['new', 'old']);
    expect(problems).toEqual(['bad.txt']);
    expect(code(() => readArticleFile(join(dir, 'missing.txt')))).toBe('not-found');
    await store.close();
  });

  it('reads files as Windows editors save them: UTF-16 with a byte-order mark, and Windows-1252', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-enc-'));
    const text = 'date 2025-06-02\n\nThe new café opens on Friday — “at last”, said Zoë Müller.\n';
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const files: Record<string, Buffer> = {
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      // Notepad's old "ANSI": é is one byte, the curly quotes and the dash are 0x93, 0x94 and 0x97.
      'ansi.txt': Buffer.from(text.replace('“', '\x93').replace('”', '\x94').replace('—', '\x97'), 'latin1'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      expect(readArticleFile(join(dir, name)).text.trim(), name).toBe(text.slice('date 2025-06-02'.length).trim());
      expect((await readFolderArticle(dir, name)).article.date, name).toBe('2025-06-02');
    }
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8, and still refuses binary data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-enc-'));
    const damaged = Buffer.concat([
      Buffer.from('The café and the bakery reopen on Friday, ', 'utf8'),
      Buffer.from([0x92]),
      Buffer.from('the owners said.', 'utf8'),
    ]);
    writeFileSync(join(dir, 'damaged.txt'), damaged);
    expect(readArticleFile(join(dir, 'damaged.txt')).text).toBe(
      'The café and the bakery reopen on Friday, \uFFFDthe owners said.',
    );
    // Bytes with no NUL in them that read as control characters are not text in any encoding.
    writeFileSync(join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 32))));
    expect(code(() => readArticleFile(join(dir, 'noise.txt')))).toBe('binary');
  });
});
