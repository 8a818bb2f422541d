import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField, publicField, speakerField } from './options.js';
import { quoteParts } from './paginate.js';
import { textReply } from '../chat/reply.js';
import { fold } from '../article/fold.js';
import { speakerMatches, speakersNamed } from './speaker-match.js';
import { MAX_QUOTATIONS } from '../digest/quotes.js';
import { ArticleError } from '../errors.js';
import type { Reply } from '../chat/reply.js';
import type { CommandContext } from './types.js';
import type { ArticleLibrary } from '../library/library.js';
import type { ArticleRecord } from '../store/types.js';

export { fold };

// How many of the newest articles /quotes speaker:X looks through when no article is given.
const LOOK_BACK = 20;

const schema = z.object({ article: articleField, speaker: speakerField, public: publicField });

export const quotesCommand = defineCommand({
  name: 'quotes',
  description: 'Every direct quote in an article, with its speaker',
  schema,
  visibility: 'private',
  usage: 'quotes [article] [speaker]',
  handler: async (ctx, o) => {
    // "/quotes zelenskyy", "/quotes Priya Raman": a name typed where the article goes (the first
    // word, the next one taken as the speaker) is the speaker when no article has that name.
    if (o.article !== undefined && !(await names(ctx, o.article))) {
      const speaker = o.speaker === undefined ? o.article : `${o.article} ${o.speaker}`;
      const asSpeaker = await quotesOf(ctx, { ...o, article: undefined, speaker });
      if (asSpeaker.kind === 'quotes') return asSpeaker;
    }
    return quotesOf(ctx, o);
  },
});

async function quotesOf(ctx: CommandContext, o: z.output<typeof schema>): Promise<Reply> {
  const { library } = ctx.services;
  let [article, want] = await articleAndSpeaker(library, o.article, o.speaker);
  let d = library.digest(article);
  const by = (quotes: typeof d.quotes) => {
    if (want === null) return quotes;
    const named = speakersNamed(
      quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker])),
      want,
    );
    return quotes.filter((q) => q.speaker !== null && named.has(q.speaker));
  };
  let quotes = by(d.quotes);
  let looked = 1;
  // "/quotes speaker:X" alone: the newest article that quotes X, not only the newest article.
  if (quotes.length === 0 && want !== null && !o.article?.trim()) {
    for (const meta of (await library.list(LOOK_BACK)).slice(1)) {
      looked++;
      const older = await library.resolve(meta.id);
      const od = library.digest(older);
      const found = by(od.quotes);
      if (found.length === 0) continue;
      [article, d, quotes] = [older, od, found];
      break;
    }
  }
  if (quotes.length === 0) {
    const speakers = [...new Set(d.quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
    const who = speakers.length > 0 ? ` Speakers in this article: ${speakers.join(', ')}.` : '';
    if (want === null) return textReply(`"${d.headline}" has no direct quotes.`);
    return textReply(
      looked > 1
        ? `No quotes by "${o.speaker}" in the ${looked} newest articles. Add article:ID to look in an older one.`
        : `No quotes by "${o.speaker}" in ${article.id}.${who}`,
    );
  }
  // The names as the article gives them, not as typed: "zelen" finds Volodymyr Zelenskyy.
  const matched = [...new Set(quotes.map((q) => q.speaker))].filter((s): s is string => s !== null);
  const title = `Quotes${want === null ? '' : ` by ${matched.join(', ')}`}: ${d.headline}`;
  const capped = d.quotes.length >= MAX_QUOTATIONS;
  return {
    visibility: 'private',
    kind: 'quotes',
    parts: quoteParts(title, quotes, article.url, { capped, bySpeaker: want !== null }),
  };
}

// Whether `query` picks an article, or names a skipped file or several articles (which the article
// error then explains); false when no article has that name at all.
async function names(ctx: CommandContext, query: string): Promise<boolean> {
  try {
    await ctx.services.library.resolve(query);
    return true;
  } catch (err) {
    return !(err instanceof ArticleError && err.code === 'not-found' && err.seeCommand !== undefined);
  }
}

/**
 * Typed "/quotes article:Town Hall Vote" gives the words after the first to speaker. When the first
 * part is no single article, or quotes no one by that "speaker", and the whole name is an article, the
 * whole name was meant: its quotes, all of them.
 */
async function articleAndSpeaker(
  library: ArticleLibrary,
  name: string | undefined,
  speaker: string | undefined,
): Promise<[ArticleRecord, string | null]> {
  const want = speaker ?? null;
  const whole = (): Promise<ArticleRecord | null> =>
    name?.trim() && want !== null ? library.resolve(`${name.trim()} ${want}`).catch(() => null) : Promise.resolve(null);
  let article: ArticleRecord;
  try {
    article = await library.resolve(name);
  } catch (err) {
    const meant = await whole();
    if (!meant) throw err;
    return [meant, null];
  }
  if (
    want !== null &&
    !library.digest(article).quotes.some((q) => q.speaker !== null && speakerMatches(q.speaker, want))
  ) {
    const meant = await whole();
    if (meant && meant.id !== article.id) return [meant, null];
  }
  return [article, want];
}
