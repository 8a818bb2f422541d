import { parseArgs } from 'node:util';
import { digestAt } from './digest/index.js';
import { formatDigestText } from './digest/format-text.js';
import { isTimeZone } from './digest/calendar.js';
import { readArticleFile, listArticles } from './article/load.js';
import { ArticleError } from './article/types.js';
import { runJsonl } from './cli-jsonl.js';
import { runFetch } from './cli-fetch.js';
import { SourceError } from './sources/types.js';

const USAGE = `usage:
  herald digest FILE [--json] [--now ISO] [--tz IANA]
  herald digest --jsonl FILE|- [--now ISO] [--tz IANA]
  herald articles [--dir DIR]
  herald fetch URL [--json] [--now ISO] [--tz IANA]   (a feed: one digest per item, newest first; a page: its article)
  herald register-commands [--guild ID]   (Discord: register the slash commands; needs DISCORD_TOKEN)`;

/** Bad input: one line on stderr, exit code 2, nothing on stdout. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      jsonl: { type: 'string' },
      now: { type: 'string' },
      tz: { type: 'string', default: 'UTC' },
      dir: { type: 'string', default: 'digests' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, file] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const now = parseNow(values.now);
  const tz = values.tz ?? 'UTC';
  if (!isTimeZone(tz)) throw new UsageError(`unknown time zone "${tz}" (use an IANA name such as Europe/Kyiv or UTC)`);
  if (command === 'digest') {
    if (values.jsonl !== undefined) return runJsonl(values.jsonl, now, tz);
    if (file === undefined) throw new UsageError(`digest needs a FILE\n${USAGE}`);
    const digest = digestAt(readArticleFile(file), now, tz);
    process.stdout.write(values.json ? `${JSON.stringify(digest)}\n` : `${formatDigestText(digest)}\n`);
    return;
  }
  if (command === 'fetch') {
    if (file === undefined) throw new UsageError(`fetch needs a URL\n${USAGE}`);
    return runFetch(file, { json: values.json ?? false, now, tz });
  }
  if (command === 'articles') {
    const { articles, errors } = listArticles(values.dir ?? 'digests');
    for (const e of errors) process.stderr.write(`skipped ${e.message}\n`);
    for (const a of articles) {
      const d = digestAt(a, now, tz);
      const key = d.keyDate ? `key ${d.keyDate.date}` : 'no key date';
      process.stdout.write(`${a.id}\t${a.date ?? 'undated'}\t${d.headline}\t${key}\n`);
    }
    return;
  }
  throw new UsageError(`unknown command "${command}"\n${USAGE}`);
}

function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now "${raw}" is not a date and time (use ISO 8601, e.g. 2024-11-24T12:00:00Z)`);
  return d;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ArticleError || err instanceof UsageError || err instanceof SourceError) {
    process.stderr.write(`herald: ${err.message}\n`);
  } else if (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`herald: ${err.message}\n${USAGE}\n`);
  } else {
    process.stderr.write(`herald: unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  }
  process.exit(2);
});
