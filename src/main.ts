import { listArticles } from './article/load.js';
import { digestAt } from './digest/index.js';
import { formatDigestText } from './digest/format-text.js';

// Until the scheduler lands, `npm start` shows the newest article's digest.
const { articles, errors } = listArticles('digests');
for (const e of errors) process.stderr.write(`skipped ${e.message}\n`);
const newest = articles[0];
if (newest === undefined) {
  process.stderr.write('herald: no articles in digests/ (add a .txt or .md file)\n');
  process.exit(2);
}
process.stdout.write(`${formatDigestText(digestAt(newest, new Date()))}\n`);
