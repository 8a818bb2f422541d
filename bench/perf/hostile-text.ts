/**
 * `npx tsx bench/perf/hostile-text.ts`: digest time for article texts shaped to stall a reader (about
 * 110,000 characters each, under a feed article's 200,000-character cap), beside a baseline run in the
 * same process: the seed article repeated to the same length. A ratio near 1 means the shape costs no
 * more than news of its size; a reader that goes over the text once per name, mark or blank line
 * shows as a ratio in the tens.
 */
import { readArticleFile } from '../../src/article/load.js';
import { markdownText } from '../../src/article/markdown.js';
import { parseArticle } from '../../src/article/parse.js';
import { buildDigest } from '../../src/digest/index.js';
import { SEED_FILE } from './herald.js';
import { ratio, round } from './stats.js';

const SIZE = 110_000;

const fill = (unit: string, tail = ''): string => unit.repeat(Math.ceil((SIZE - tail.length) / unit.length)) + tail;

// Each shape is one that made the digest slow before it was fixed, or one probed beside them.
const SHAPES: Record<string, string> = {
  'names with "of" (one line)': fill('Mr. Bob Smith Jr. of the Institute of ', 'said "hi".'),
  'opening marks never closed': fill('“Yes, ', 'he said.'),
  'blank lines': fill('\n', 'Text.'),
  'spaces in one sentence': `The ${' '.repeat(SIZE)}board meets Friday.`,
  'weekday after weekday': fill('Monday and ', 'Tuesday.'),
  'quotes with speakers': fill('“We will win,” said Ann Lee. '),
  'pronoun speakers': fill('Bob Day spoke. “Yes,” he said. '),
  'title-case lines': fill('Ann Lee Calls Bob Day a Liar Again\n'),
  'one day named over and over': fill('tomorrow '),
  '"the same day" after a day': `On 3 May it rained. ${fill('It rained the same day. ')}`,
  '"the next day" after a day': fill('On 3 May it rained the day after, '),
  'surname shared by two, alone': fill('Ann Lee and Bob Lee met. “Yes,” Lee said. '),
  'pronoun quotes, no one named': fill('It rained. “No,” she added. '),
  'role quotes after names': fill('Ann Lee spoke. “Yes,” the president said. '),
  'pair of names, repeated': fill('Bob Day and Carl Fox met. “No,” she said. '),
  'he, then she, after one man': fill('Mr. Bob Day spoke. “Yes,” he said. “No,” she said. '),
  'older sister, again and again': fill('Ann Lee, 40, and Bea Lee, 30, met. “Yes,” the older sister said. '),
  'described speakers after names': fill('Ann Lee spoke. “Yes,” a spokesman said. '),
  'names on one long line': fill('Ann Lee told Reuters '),
  'words of kin before names': fill('his wife Ann Lee, '),
  'lengths of time one after another': fill('an hour '),
  'times chrono reads and the rules drop': fill('at 5 '),
  'short quotations, no speaker': fill('“No.” '),
};

// A .md file is read as the text it shows first (src/article/markdown.ts): these go through that
// reader and then the digest, timed together.
const MARKDOWN = 'Markdown: ';
SHAPES[`${MARKDOWN}marks that never pair`] = fill('*a _b `c [d ~~e ');
SHAPES[`${MARKDOWN}emphasis on every word`] = fill('**a** _b_ `c` ');
SHAPES[`${MARKDOWN}links and images`] = fill('[a](https://x.y/(z)) ![b](c) <b>d</b> ');
SHAPES[`${MARKDOWN}quote marks nested`] = fill('> > > > a\n');
SHAPES[`${MARKDOWN}comments never closed`] = fill('<!-- a ');

// A .txt file's header is read first (src/article/plain-header.ts): these go through that reader.
const HEADER = 'File header: ';
SHAPES[`${HEADER}blank lines above the date line`] = `${'\n'.repeat(SIZE)}date 2025-03-03\nText.`;
SHAPES[`${HEADER}a title, then blank lines`] = `Title\n${' \n'.repeat(SIZE / 2)}Text.`;
SHAPES[`${HEADER}a date alone, then spaces`] = `5 March 2025${' '.repeat(SIZE)}\nText.`;

function ms(text: string, id: string): number {
  const t0 = performance.now();
  const body = id.includes(MARKDOWN) ? markdownText(text) : id.includes(HEADER) ? parseArticle(text, id).text : text;
  buildDigest({ id, title: null, date: '2025-03-03', source: null, url: null, text: body, keyDate: null });
  return performance.now() - t0;
}

const seed = readArticleFile(SEED_FILE).text;
const baseline = fill(`${seed}\n\n`).slice(0, SIZE);
// Warm up, so the first shape does not pay for compiling the rules.
ms(baseline, 'warm');
const rows: Array<Record<string, string | number>> = [];
for (const [shape, text] of Object.entries(SHAPES)) {
  // Baseline and shape alternate, each twice, and the faster of each pair is kept.
  const base = Math.min(ms(baseline, `b1-${shape}`), ms(baseline, `b2-${shape}`));
  const took = Math.min(ms(text, `s1-${shape}`), ms(text, `s2-${shape}`));
  rows.push({
    shape,
    chars: text.length,
    ms: round(took, 0),
    seedMs: round(base, 0),
    ratio: round(ratio(took, base), 1),
  });
}
console.table(rows);
