import type { z } from 'zod';
import type { Reply } from '../chat/reply.js';
import type { ArticleLibrary } from '../library/library.js';
import type { Store } from '../store/types.js';
import type { SourceManager } from '../sources/manager.js';

/** Who asked, where, and when. Adapters fill it from the platform's request. */
export interface CommandContext {
  platform: string;
  channelId: string;
  userId: string;
  /** Whether the user may manage this channel (Discord Manage Channels, Slack admin, console: always); asked only when needed. */
  canManage: () => Promise<boolean>;
  /** Why Herald could not post scheduled digests here, or null when it can (or the platform does not say). */
  cannotPost: () => Promise<string | null>;
  /** Who may manage channels here, as a refusal names them; the core's wording when absent. */
  managers?: string;
  /** The Discord server, Slack workspace or terminal: sources added in chat belong to it. */
  community: string;
  /** How a command is typed on this platform: "/" on Discord and the console, "/herald " on Slack. */
  prefix: string;
  /**
   * Whether options are typed as text after the command (Slack, the terminal) rather than filled in
   * the platform's own fields (Discord): the answers write commands the way the person can use them.
   */
  typed: boolean;
  now: Date;
  services: CommandServices;
}

export interface CommandServices {
  library: ArticleLibrary;
  store: Store;
  /** Default time zone for schedules and countdowns (config HERALD_TZ). */
  defaultTimeZone: string;
  /** Called after a channel's subscription changes, so the scheduler updates its task without a restart. */
  onSubscriptionsChanged: (platform: string, channelId: string) => void;
  /** News sources for /sources; without it the command says sources are not enabled. */
  sources?: SourceManager;
}

/** One option as platforms declare it (Discord) and typed text fills it: read from the command's schema. */
export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  autocomplete?: 'article' | 'speaker';
  type: 'string' | 'boolean';
  /** The only values allowed (Discord offers them as a list). */
  choices?: readonly string[];
  /** In typed text, takes all remaining words (a schedule such as "daily 08:00"). */
  greedy?: boolean;
  /** In typed text, an unquoted value goes on over the plain words after it (a name: speaker:Priya Raman). */
  words?: boolean;
}

/** A slash command, made by defineCommand from its definition; adapters only translate it. */
export interface CommandSpec {
  name: string;
  description: string;
  /** The schema's fields, in the order a user may give them positionally. */
  options: readonly OptionSpec[];
  schema: z.ZodObject;
  /** Who sees the answer unless the user asks `public:true`. */
  visibility: Reply['visibility'];
  /** Needs permission to manage the channel. */
  manage?: boolean;
  /** Example arguments for help and usage messages. */
  usage: string;
  /** Called with what `schema` parsed. */
  handler: (ctx: CommandContext, options: z.output<z.ZodObject>) => Promise<Reply> | Reply;
}
