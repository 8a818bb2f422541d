import { parseArgs } from 'node:util';
import { digestAt } from '../digest/index.js';
import { formatDigestText } from '../digest/format-text.js';
import { isTimeZone } from '../time/calendar.js';
import { ambiguousZone } from '../time/zone-names.js';
import { readArticleFile } from '../article/load.js';
import {
  ArticleError,
  SourceError,
  StoreOpenError,
  ConfigError,
  UsageError,
  MoveRefusedError,
  StoreInUseError,
  StoreUnavailableError,
} from '../errors.js';

const USAGE = `usage:
  herald digest FILE [--json] [--now ISO] [--tz IANA]
  herald digest --jsonl FILE|- [--now ISO] [--tz IANA]
  herald articles [--dir DIR] [--limit N] [--json]   (the article index, newest first; HERALD_DB is the database)
  herald fetch URL [--json] [--now ISO] [--tz IANA]   (a feed: one digest per item, newest first; a page: its article)
  herald move-database --to postgres://…   (copies the SQLite database HERALD_DB names into an empty PostgreSQL one)
  herald move-database --reopen   (lets Herald start again on a SQLite file that was moved)
  herald register-commands [--guild ID]   (Discord: register the slash commands; needs DISCORD_TOKEN)`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      jsonl: { type: 'string' },
      now: { type: 'string' },
      tz: { type: 'string', default: 'UTC' },
      dir: { type: 'string' },
      limit: { type: 'string', default: '50' },
      to: { type: 'string' },
      reopen: { type: 'boolean', default: false },
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
  const ambiguous = ambiguousZone(tz);
  if (ambiguous) throw new UsageError(`--tz "${tz}" ${ambiguous}`);
  if (command === 'digest') {
    // Each command loads only what it needs: a digest needs no feed parser and no database.
    if (values.jsonl !== undefined) return (await import('./jsonl.js')).runJsonl(values.jsonl, now, tz);
    if (file === undefined) throw new UsageError(`digest needs a FILE\n${USAGE}`);
    const digest = digestAt(readArticleFile(file), now, tz);
    process.stdout.write(values.json ? `${JSON.stringify(digest)}\n` : `${formatDigestText(digest)}\n`);
    return;
  }
  if (command === 'fetch') {
    if (file === undefined) throw new UsageError(`fetch needs a URL\n${USAGE}`);
    return (await import('./fetch.js')).runFetch(file, { json: values.json ?? false, now, tz });
  }
  if (command === 'articles') {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit "${values.limit}" is not a whole number of articles (1 or more)`);
    return (await import('./articles.js')).runArticles({ dir: values.dir, limit, json: values.json });
  }
  if (command === 'move-database')
    return (await import('./move-database.js')).runMoveDatabase(values.to, { reopen: values.reopen });
  throw new UsageError(`unknown command "${command}"\n${USAGE}`);
}

function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const d = new Date(raw);
  if (Number.isNaN(d.getTime()))
    throw new UsageError(`--now "${raw}" is not a date and time (use ISO 8601, e.g. 2024-11-24T12:00:00Z)`);
  return d;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (
    err instanceof ArticleError ||
    err instanceof UsageError ||
    err instanceof SourceError ||
    err instanceof StoreOpenError ||
    err instanceof ConfigError ||
    err instanceof MoveRefusedError ||
    err instanceof StoreInUseError ||
    err instanceof StoreUnavailableError
  ) {
    process.stderr.write(`herald: ${err.message}\n`);
    // As at the bot's start: a database server that did not answer may come back; a retry may help.
    if ((err instanceof StoreOpenError && err.unreachable) || err instanceof StoreUnavailableError) process.exit(1);
  } else if (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`herald: ${err.message}\n${USAGE}\n`);
  } else {
    process.stderr.write(`herald: unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  }
  process.exit(2);
});
