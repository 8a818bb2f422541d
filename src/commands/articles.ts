import { z } from 'zod';
import { defineCommand } from './define.js';
import { textReply } from '../chat/reply.js';
import { NO_ARTICLES_YET } from '../errors.js';

const MAX_LISTED = 20;

export const articlesCommand = defineCommand({
  name: 'articles',
  description: 'List the articles Herald can brief on, newest first',
  schema: z.object({}),
  visibility: 'private',
  usage: 'articles',
  handler: async (ctx) => {
    const { library } = ctx.services;
    const [newest, total] = await Promise.all([library.list(MAX_LISTED), library.count()]);
    if (newest.length === 0) return textReply(NO_ARTICLES_YET);
    const bullets = newest.map((a) => {
      const key = a.keyDay ? ` · key date ${a.keyDay}` : '';
      return `${a.id} (${a.date ?? 'undated'}) — ${a.headline ?? a.title ?? a.id}${key}`;
    });
    const more = total > newest.length ? `and ${total - newest.length} older` : `${total} in all`;
    return { visibility: 'private', kind: 'info', parts: [{ title: 'Articles', bullets, footer: more }] };
  },
});
