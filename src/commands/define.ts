import { z } from 'zod';
import type { CommandContext, CommandSpec, OptionSpec } from './types.js';
import type { Reply } from '../chat/reply.js';

// What an option's field carries in zod's metadata besides its `description` (`.meta({ … })`).
declare module 'zod' {
  interface GlobalMeta {
    /** Discord suggests values as the option is typed: articles, or the chosen article's speakers. */
    autocomplete?: 'article' | 'speaker';
    /** In typed text, takes all remaining words (a schedule such as "daily 08:00"). */
    greedy?: boolean;
    /** In typed text, an unquoted value goes on over the plain words after it (a name: speaker:Priya Raman). */
    words?: boolean;
    /** false: the values of the field's z.enum are not offered as a list on Discord (free text there). */
    choices?: false;
  }
}

/** A command as written in its own file: its options are its schema's fields, in their order. */
export interface CommandDefinition<S extends z.ZodObject> {
  name: string;
  description: string;
  /** One field per option, each with `.meta({ description })` as its last call. */
  schema: S;
  /** Who sees the answer unless the user asks `public:true`. */
  visibility: Reply['visibility'];
  /** Needs permission to manage the channel. */
  manage?: boolean;
  /** Example arguments for help and usage messages. */
  usage: string;
  handler: (ctx: CommandContext, options: z.output<S>) => Promise<Reply> | Reply;
}

/**
 * Declares a command once: the handler sees its own schema's option types, and the option list
 * every platform uses (Discord's declarations, typed-text parsing, usage) is read from the schema.
 */
export function defineCommand<S extends z.ZodObject>(def: CommandDefinition<S>): CommandSpec {
  const { handler, ...rest } = def;
  return {
    ...rest,
    options: Object.entries(def.schema.shape).map(([name, field]) => optionOf(name, field)),
    // run.ts hands the handler only what `schema` parsed, so the options are this schema's output.
    handler: (ctx, options) => handler(ctx, options as z.output<S>),
  };
}

function optionOf(name: string, field: z.ZodType): OptionSpec {
  const meta = field.meta() ?? {};
  const type = acceptsBoolean(field) ? 'boolean' : 'string';
  const choices = type === 'string' && meta.choices !== false ? enumValues(field) : undefined;
  return {
    name,
    description: meta.description ?? '',
    required: !field.safeParse(undefined).success,
    ...(meta.autocomplete ? { autocomplete: meta.autocomplete } : {}),
    type,
    ...(choices ? { choices } : {}),
    ...(meta.greedy ? { greedy: true } : {}),
    ...(meta.words ? { words: true } : {}),
  };
}

// Whether the value first checked may be a boolean (`public:true` typed or Discord's true), inside
// optional() and before a transform.
function acceptsBoolean(s: z.core.$ZodType): boolean {
  if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable)
    return acceptsBoolean(s.unwrap());
  if (s instanceof z.ZodPipe) return acceptsBoolean(s.in);
  if (s instanceof z.ZodUnion) return s.options.some(acceptsBoolean);
  return s instanceof z.ZodBoolean;
}

// The only values a string option may take: a z.enum, or text piped into one (lowercased first, say).
function enumValues(s: z.core.$ZodType): string[] | undefined {
  if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable)
    return enumValues(s.unwrap());
  if (s instanceof z.ZodPipe) return enumValues(s.out) ?? enumValues(s.in);
  if (s instanceof z.ZodEnum) return s.options.map(String);
  return undefined;
}
