import { z } from 'zod';
import type { CommandSpec } from './types.js';
import { buildDigest } from '../digest/index.js';
import { textReply } from './reply.js';

const schema = z.object({});
const MAX_LISTED = 20;

export const articlesCommand: CommandSpec<typeof schema> = {
  name: 'articles',
  description: 'List the articles Herald can brief on, newest first',
  options: [],
  schema,
  visibility: 'private',
  usage: 'articles',
  handler: (ctx) => {
    const all = ctx.services.library.list();
    if (all.length === 0) return textReply(`No articles yet: add a file to ${ctx.services.library.dir}/.`);
    const bullets = all.slice(0, MAX_LISTED).map((a) => {
      const d = buildDigest(a);
      const key = d.keyDate ? ` · key date ${d.keyDate.date}` : '';
      return `${a.id} (${a.date ?? 'undated'}) — ${d.headline}${key}`;
    });
    const more = all.length > MAX_LISTED ? `and ${all.length - MAX_LISTED} older` : `${all.length} in all`;
    return { visibility: 'private', kind: 'info', parts: [{ title: 'Articles', bullets, footer: more }] };
  },
};
