import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { digestAt } from '../digest/index.js';
import { isIsoDay } from '../time/calendar.js';
import { wholeDay } from '../time/written-day.js';
import type { Article } from '../article/types.js';
import { ArticleError } from '../errors.js';

const lineSchema = z.object({
  // Each field says what a line needs, in the words of the line itself ("id", "text"), not zod's.
  id: z
    .union([z.string(), z.number()], { message: '"id" must be a non-empty string (or a number)' })
    .transform(String)
    .refine((v) => v.trim() !== '', { message: '"id" must be a non-empty string (or a number)' }),
  // A time part ("2017-11-19T12:00") is allowed, and the forms a header takes ("5 January 2025",
  // a feed's "Sun, 05 Jan 2025 10:42:00 GMT"); the digest needs the day.
  date: z
    .string({ message: '"date" must be a string such as "2025-01-05", or null' })
    .nullish()
    .transform((v) => (v ? (wholeDay(v.trim()) ?? v.slice(0, 10)) : null))
    .refine((v) => v === null || isIsoDay(v), {
      message: '"date" must be a real date, written YYYY-MM-DD (or 5 January 2025, Jan. 5, 2025)',
    }),
  title: z
    .string({ message: '"title" must be a string, or null' })
    .nullish()
    .transform((v) => v ?? null),
  text: z
    .string({ message: '"text" must be a string: the article\'s text' })
    .refine((t) => t.trim() !== '', { message: '"text" is empty: give the article\'s text' }),
});

/** One Digest JSON per input line, in order; a bad line yields {"id","error"} and the run goes on. */
export async function runJsonl(path: string, now: Date, tz: string): Promise<void> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') return resolve();
    input.once('open', () => resolve());
    input.once('error', () => reject(new ArticleError('not-found', `${path}: no such file`)));
  });
  await opened;
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const read of rl) {
    // A file saved by a Windows editor starts with a byte-order mark, which JSON.parse refuses.
    // (readline already ends lines at CRLF; BOMs and CRLF inside `text` are the core's business,
    // which reports offsets into `text` exactly as given.)
    const line = read.replace(/^\uFEFF+/, '');
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(digestLine(line, now, tz))}\n`);
  }
}

function digestLine(line: string, now: Date, tz: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: 'line is not valid JSON' };
  }
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A line that is JSON but not an object has no fields to name.
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { id, error: 'line must be a JSON object with "id" and "text" (and optionally "date", "title")' };
    return { id, error: issue?.message ?? 'invalid line' };
  }
  const { id: articleId, date, title, text } = parsed.data;
  const article: Article = { id: articleId, date, title, text, source: null, url: null, keyDate: null };
  try {
    return digestAt(article, now, tz);
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}
