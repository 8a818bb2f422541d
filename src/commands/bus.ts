import type { CommandContext, CommandServices, CommandSpec } from './types.js';
import type { Reply } from '../chat/reply.js';
import type { Logger } from '../log.js';
import { COMMANDS, findCommand } from './registry.js';
import { runCommand } from './run.js';
import { textReply } from '../chat/reply.js';
import { speakerMatches } from './speaker-match.js';
import { elideId } from '../library/elided-id.js';
import { truncate } from '../chat/split.js';
import type { Clock } from '../clock.js';

/** Who is asking, where: filled by the adapter from the platform's request. */
export interface Caller {
  platform: string;
  channelId: string;
  userId: string;
  /**
   * Whether the caller may manage this channel: known at once (Discord's permissions, the console),
   * or a check the bus runs only for a command that needs it (Slack's users.info).
   */
  canManage: boolean | (() => Promise<boolean>);
  /** Who may manage channels here, as a refusal names them (default: people who can manage this channel). */
  managers?: string;
  /**
   * The community the channel belongs to: `discord:<guild>`, `slack:<team>`, `console`. Sources added
   * in chat belong to it. Default: the platform name (one community per platform).
   */
  community?: string;
  /** How commands are typed here (default "/"; Slack: "/herald "), for help and usage text. */
  commandPrefix?: string;
  /**
   * Why Herald could not post scheduled digests in this channel (what to grant, in the platform's
   * words), or null when it can or the platform does not say: known at once (Discord sends the app's
   * permissions with each command) or a check run only by /subscribe.
   */
  cannotPost?: string | null | (() => Promise<string | null>);
}

/** The one way adapters run commands: by name with options (Discord) or by text (Slack, console). */
export class CommandBus {
  readonly commands: readonly CommandSpec[] = COMMANDS;

  constructor(
    readonly services: CommandServices,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  /** Runs a command with options already split by the platform. Unknown names get the help text. */
  async run(name: string, options: Record<string, unknown>, caller: Caller): Promise<Reply> {
    const spec = findCommand(name) ?? findCommand('help');
    if (!spec) return textReply('Unknown command.', 'error');
    const values = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, visible(v)]));
    return runCommand(spec, values, this.context(caller, false), this.log);
  }

  /** Runs command text such as `quotes speaker:zelenskyy` (the leading slash is optional; no command: help). */
  async runText(text: string, caller: Caller): Promise<Reply> {
    const { name, args } = splitCommand(visible(text));
    const spec = findCommand(name);
    if (!spec) {
      // The help as typed here (Slack, the terminal), not Discord's option boxes.
      const helpSpec = findCommand('help');
      if (!helpSpec) return textReply(`Unknown command "${name}".`, 'error');
      const help = await runCommand(helpSpec, '', this.context(caller, true), this.log);
      // One message, not a lone "Unknown command" followed by the help as a second one.
      const [first, ...rest] = help.parts;
      const title = `Unknown command "${truncate(name, 40)}"`;
      return { ...help, parts: [{ ...first, title, text: 'What Herald can do:' }, ...rest] };
    }
    return runCommand(spec, args, this.context(caller, true), this.log);
  }

  /** The name of the command that text runs (for metrics), or undefined when there is no such command. */
  commandName(text: string): string | undefined {
    return findCommand(splitCommand(visible(text)).name)?.name;
  }

  /**
   * Suggestions for the option of `command` being typed (`focused`), as its spec says to complete it;
   * `options` are the values given so far (a speaker is completed from the article chosen there).
   */
  async choices(
    command: string,
    focused: { name: string; value: string },
    options: Record<string, unknown>,
    community?: string,
  ): Promise<Array<{ name: string; value: string }>> {
    const kind = this.commands
      .find((c) => c.name === command)
      ?.options.find((o) => o.name === focused.name)?.autocomplete;
    if (!kind) return [];
    const article = focused.name !== 'article' && typeof options.article === 'string' ? options.article : undefined;
    return this.complete(kind, visible(focused.value), article === undefined ? undefined : visible(article), community);
  }

  /**
   * Suggestions for an option being typed: articles whose id, id without its date, or title starts
   * with it (newest first), or the speakers of the chosen article.
   */
  async complete(
    option: string,
    typed: string,
    articleQuery: string | undefined,
    community?: string,
  ): Promise<Array<{ name: string; value: string }>> {
    const library = community === undefined ? this.services.library : this.libraryOf(community);
    if (option === 'article') {
      // Discord's limit is 100 characters for both; a longer id keeps both its ends (elideId).
      return (await library.complete(typed, 25)).map((a) => {
        const value = elideId(a.id, 100);
        const name = value === a.id && a.title ? truncate(`${a.id} — ${a.title}`, 100) : value;
        return { name, value };
      });
    }
    if (option === 'speaker') {
      let article: Awaited<ReturnType<typeof library.resolve>>;
      try {
        article = await library.resolve(articleQuery);
      } catch {
        return [];
      }
      const speakers = [
        ...new Set(
          library
            .digest(article)
            .quotes.map((x) => x.speaker)
            .filter((s): s is string => s !== null),
        ),
      ];
      return speakers
        .filter((s) => speakerMatches(s, typed))
        .slice(0, 25)
        .map((s) => ({ name: s.slice(0, 100), value: s.slice(0, 100) }));
    }
    return [];
  }

  private context(caller: Caller, typed: boolean): CommandContext {
    const { commandPrefix, community = caller.platform, canManage, cannotPost = null, ...who } = caller;
    return {
      ...who,
      typed,
      canManage: typeof canManage === 'function' ? canManage : async () => canManage,
      cannotPost: typeof cannotPost === 'function' ? cannotPost : async () => cannotPost,
      community,
      prefix: commandPrefix ?? '/',
      now: this.clock.now(),
      services: { ...this.services, library: this.libraryOf(community) },
    };
  }

  // The articles a community's commands see: the files and the sources it sees, as its channels take them.
  private libraryOf(community: string) {
    const { library, store } = this.services;
    return library.scopedTo(() => store.sources.visibleTo(community));
  }
}

// Invisible format characters (zero-width space, soft hyphen, direction marks) come with pasted text
// and some phone keyboards. Left in, "Europe/Kyiv" was no time zone, an id no article and "kursk" a
// topic nothing matched, while the answer showed the value looking exactly as it should.
const INVISIBLE = /\p{Cf}/gu;
function visible<T>(v: T): T {
  return (typeof v === 'string' ? v.replace(INVISIBLE, '') : v) as T;
}

// Typed text's first word names the command (a leading slash is optional; none means help).
function splitCommand(text: string): { name: string; args: string } {
  const [first, ...rest] = text.trim().replace(/^\//, '').split(/\s+/);
  return { name: first || 'help', args: rest.join(' ') };
}
