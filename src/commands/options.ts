import { z } from 'zod';

// Option fields several commands take: one definition each, with the description Discord shows.
const text = (max: number) => z.string().trim().min(1).max(max);
export const articleField = text(200)
  .optional()
  .meta({ description: 'Article id or the start of it (default: newest)', autocomplete: 'article' });
export const speakerField = text(100)
  .optional()
  .meta({ description: 'Only quotes by this speaker (any part of the name)', autocomplete: 'speaker' });
export const publicField = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])], { message: 'must be true or false' })
  .transform((v) => v === true || v === 'true' || v === 'yes')
  .optional()
  .meta({ description: 'Show the answer to the whole channel' });
