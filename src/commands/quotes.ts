import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField, publicField, speakerField } from './options.js';
import { quoteParts } from './paginate.js';
import { textReply } from '../chat/reply.js';
import { fold } from '../article/fold.js';

export { fold };

export const quotesCommand = defineCommand({
  name: 'quotes',
  description: 'Every direct quote in an article, with its speaker',
  schema: z.object({ article: articleField, speaker: speakerField, public: publicField }),
  visibility: 'private',
  usage: 'quotes [article] [speaker]',
  handler: async (ctx, o) => {
    const article = await ctx.services.library.resolve(o.article);
    const d = ctx.services.library.digest(article);
    const want = o.speaker ? fold(o.speaker) : null;
    const quotes =
      want === null ? d.quotes : d.quotes.filter((q) => q.speaker !== null && fold(q.speaker).includes(want));
    if (quotes.length === 0) {
      const speakers = [...new Set(d.quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
      const who = speakers.length > 0 ? ` Speakers in this article: ${speakers.join(', ')}.` : '';
      return textReply(
        want === null ? `“${d.headline}” has no direct quotes.` : `No quotes by “${o.speaker}” in ${article.id}.${who}`,
      );
    }
    // The names as the article gives them, not as typed: "zelen" finds Volodymyr Zelenskyy.
    const matched = [...new Set(quotes.map((q) => q.speaker))].filter((s): s is string => s !== null);
    const title = `Quotes${want === null ? '' : ` by ${matched.join(', ')}`}: ${d.headline}`;
    return { visibility: 'private', kind: 'quotes', parts: quoteParts(title, quotes, article.url) };
  },
});
