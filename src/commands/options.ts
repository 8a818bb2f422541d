import { z } from 'zod';

// Option fields several commands take: one definition each, with the description Discord shows.
const text = (max: number) => z.string().trim().min(1).max(max);
// An id is a file name without its extension, and a file name may run to 255 characters. The
// quotes a typed id with spaces needs ("town hall vote") are taken off if they reach Discord's field.
export const articleField = text(255)
  .transform((v) => /^(["“'])(.*)["”']$/.exec(v)?.[2]?.trim() || v)
  .optional()
  .meta({ description: 'Article id or the start of it (default: newest)', autocomplete: 'article' });
export const speakerField = text(100)
  .optional()
  .meta({ description: 'Only quotes by this speaker (any part of the name)', autocomplete: 'speaker', words: true });
export const publicField = switchOption(['true', 'yes'], ['false', 'no'], 'must be true or false')
  .optional()
  .meta({ description: 'Show the answer to the whole channel' });

/** A yes/no option: Discord's boolean, or a typed word from `yes` or `no` in any case ("True", "OFF"). */
export function switchOption(yes: string[], no: string[], message: string) {
  const word = z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum([...yes, ...no]));
  return z.union([z.boolean(), word], { message }).transform((v) => v === true || (v !== false && yes.includes(v)));
}
