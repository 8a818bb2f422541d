import { SourcesFileError } from '../errors.js';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { NEVER_FETCHED, type SourceStore } from '../store/types.js';
import { DEFAULT_EVERY_MINUTES, parseInterval } from '../time/interval.js';
import { normalizeUrl, sourceIdBases } from './keys.js';
import type { Clock } from '../clock.js';

/** One source as the operator wrote it in sources.json. */
export interface SourceEntry {
  url: string;
  name: string | null;
  everyMinutes: number;
}

const MAX_FILE_BYTES = 1_000_000;

const entrySchema = z
  .object({
    url: z
      .string({ message: 'is required: the feed or article URL' })
      .trim()
      .max(2000, 'is longer than 2,000 characters')
      .refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && normalizeUrl(u) !== null, { message: 'must be an http(s) URL' }),
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
    every: z
      .union([z.string(), z.number()])
      .optional()
      .refine((v) => v === undefined || parseInterval(v) !== null, {
        message: 'must be an interval such as "15 minutes", "1 hour" or a number of minutes (1 minute to 7 days)',
      }),
  })
  .strict();

/**
 * Reads `sources.json`: a list of `{ "url", "name"?, "every"? }` (or `{ "sources": [...] }`), checked
 * with zod. A missing file is an empty list. Throws SourcesFileError naming each bad entry by its
 * position and URL; nothing from a bad file is used.
 */
export function loadSourcesFile(path: string, defaultEvery = DEFAULT_EVERY_MINUTES): SourceEntry[] {
  const raw = readSmallFile(path);
  if (raw === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new SourcesFileError(path, [`is not valid JSON (${(err as Error).message})`]);
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && 'sources' in data
      ? (data as { sources: unknown }).sources
      : null;
  if (!Array.isArray(list))
    throw new SourcesFileError(path, [
      'must be a JSON list of sources, e.g. [{ "url": "https://example.com/feed.xml", "every": "15 minutes" }]',
    ]);
  const problems: string[] = [];
  const entries: SourceEntry[] = [];
  const firstAt = new Map<string, number>();
  list.forEach((item, i) => {
    const url =
      typeof item === 'object' && item !== null && typeof (item as { url?: unknown }).url === 'string'
        ? ` (${(item as { url: string }).url.slice(0, 100)})`
        : '';
    const where = `entry ${i + 1}${url}`;
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const field = issue.path.join('.');
        problems.push(
          issue.code === 'unrecognized_keys'
            ? `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (fields: url, name, every)`
            : `${where}: ${field ? `"${field}" ` : ''}${issue.message}`,
        );
      }
      return;
    }
    const key = normalizeUrl(parsed.data.url) ?? parsed.data.url;
    const prior = firstAt.get(key);
    if (prior !== undefined) problems.push(`${where}: the same URL as entry ${prior}`);
    firstAt.set(key, i + 1);
    const every = parsed.data.every === undefined ? defaultEvery : (parseInterval(parsed.data.every) ?? defaultEvery);
    entries.push({ url: parsed.data.url, name: parsed.data.name ?? null, everyMinutes: every });
  });
  if (problems.length > 0) throw new SourcesFileError(path, problems);
  return entries;
}

/**
 * The file's text, or null when it does not exist. Only a regular file of at most 1 MB is read, and
 * never more than that many bytes whatever its size claims. Opened without blocking, so a FIFO (or a
 * device) in its place is refused at once instead of holding start-up for ever.
 */
function readSmallFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SourcesFileError(path, [`cannot be read (${(err as Error).message})`]);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new SourcesFileError(path, [
        `is not a regular file (${kindOf(st)}); write the list of sources in a plain JSON file`,
      ]);
    if (st.size > MAX_FILE_BYTES)
      throw new SourcesFileError(path, [`is ${Math.round(st.size / 1e6)} MB; the limit is 1 MB`]);
    // The size reported can be wrong (files under /proc say 0): read one byte past the limit at most.
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    let read = 0;
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, null);
      if (n === 0) break;
      read += n;
    }
    if (read > MAX_FILE_BYTES) throw new SourcesFileError(path, ['is larger than the 1 MB limit']);
    return buf.toString('utf8', 0, read);
  } catch (err) {
    if (err instanceof SourcesFileError) throw err;
    throw new SourcesFileError(path, [`cannot be read (${(err as Error).message})`]);
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * Makes the store's file sources match the file: new entries are added, changed ones updated (a chat
 * source the file now lists becomes a file source), and file sources no longer listed removed (their
 * articles and seen keys stay, so re-adding one never reposts).
 */
export async function applySourcesFile(
  entries: SourceEntry[],
  deps: { store: SourceStore; clock: Clock; log: Logger },
): Promise<void> {
  const { store, clock, log } = deps;
  const all = await store.listSources();
  const byKey = new Map(all.map((s) => [normalizeUrl(s.url), s]));
  const wanted = new Set<string>();
  for (const e of entries) {
    const have = byKey.get(normalizeUrl(e.url));
    if (have) {
      wanted.add(have.id);
      if ((e.name !== null && have.name !== e.name) || have.everyMinutes !== e.everyMinutes || have.origin !== 'file') {
        await store.updateSource(have.id, { name: e.name ?? have.name, everyMinutes: e.everyMinutes, origin: 'file' });
      }
      continue;
    }
    const added = await store.addSource(
      {
        url: e.url,
        name: e.name,
        everyMinutes: e.everyMinutes,
        origin: 'file',
        addedBy: null,
        addedAt: clock.now().toISOString(),
        ...NEVER_FETCHED,
      },
      sourceIdBases(e.name, e.url),
    );
    wanted.add(added.id);
    log.info('source added from file', { source: added.id, url: e.url });
  }
  for (const s of all) {
    if (s.origin === 'file' && !wanted.has(s.id)) {
      await store.removeSource(s.id);
      log.info('source removed: no longer in the sources file', { source: s.id, url: s.url });
    }
  }
}
