import { answerCommand } from '../../src/commands/answer.js';
import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { CommandBus } from '../../src/commands/bus.js';
import type { Logger } from '../../src/log.js';
import type { Metrics } from '../../src/metrics.js';
import type { SlackAdmins } from './admins.js';
import { unescapeText } from './mrkdwn.js';
import { renderReply, type SlackMessage } from './render.js';
import { describeError } from './slack-errors.js';

/** Slack accepts at most five messages through one command's response_url (within 30 minutes). */
export const RESPONSE_URL_LIMIT = 5;

export interface CommandDeps {
  bus: CommandBus;
  /** The slash command, e.g. `/herald`. */
  command: string;
  admins: SlackAdmins;
  log: Logger;
  /** Where each command's latency is recorded. */
  metrics: Metrics;
  /**
   * Posts what does not fit through the response_url (more than five messages): in the channel, or
   * ephemerally to `user` when given. Both need the app in the channel.
   */
  postOverflow: (channel: string, message: SlackMessage, user: string | null) => Promise<void>;
  /** Why the app could not post in the channel (not a member, cannot see it), or null. */
  cannotPost: (channel: string, user: string) => Promise<string | null>;
}

/** Registers the one slash command: `/herald <subcommand> [args]` for every command in the registry. */
export function registerCommand(app: App, deps: CommandDeps): void {
  app.command(deps.command, async ({ command: cmd, ack, respond }) => {
    // Slack escapes &, < and > in the typed text.
    const text = unescapeText(cmd.text ?? '');
    await answerCommand(
      { platform: 'slack', command: deps.bus.commandName(text), channel: cmd.channel_id, user: cmd.user_id },
      // The core writes commands as they are typed here ("/herald quotes", not "/quotes"), and asks
      // whether the user is an admin only when the command needs it.
      () =>
        deps.bus.runText(text, {
          platform: 'slack',
          channelId: cmd.channel_id,
          userId: cmd.user_id,
          commandPrefix: `${cmd.command} `,
          community: `slack:${cmd.team_id}`,
          canManage: () => deps.admins.canManage(cmd.user_id),
          cannotPost: () => deps.cannotPost(cmd.channel_id, cmd.user_id),
          managers: deps.admins.who,
        }),
      {
        // Slack wants an answer within 3 seconds; an empty ack shows nothing, the answer follows through respond().
        acknowledge: () => ack(),
        show: (reply, privately) => send(renderReply(reply), !privately, cmd, respond, deps),
        fail: async (sentence) => void (await respond({ response_type: 'ephemeral', text: sentence })),
      },
      deps,
    );
  });
}

// One message per part, in order, through the response_url, which works in any channel, with or
// without the app in it. Past Slack's five, the rest goes through the Web API; when that is refused,
// the last response_url message says so rather than dropping the rest silently.
async function send(
  messages: SlackMessage[],
  inChannel: boolean,
  cmd: SlashCommand,
  respond: RespondFn,
  deps: CommandDeps,
): Promise<void> {
  const responseType = inChannel ? 'in_channel' : 'ephemeral';
  const viaUrl = messages.length <= RESPONSE_URL_LIMIT ? messages : messages.slice(0, RESPONSE_URL_LIMIT - 1);
  for (const m of viaUrl) {
    await respond({
      response_type: responseType,
      text: m.text,
      blocks: m.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  }
  const rest = messages.slice(viaUrl.length);
  let posted = 0;
  try {
    for (const m of rest) {
      await deps.postOverflow(cmd.channel_id, m, inChannel ? null : cmd.user_id);
      posted++;
    }
  } catch (err) {
    const left = rest.length - posted;
    deps.log.warn('long answer cut short: the app could not post in the channel', {
      channel: cmd.channel_id,
      left,
      error: describeError(err),
    });
    await respond({
      response_type: 'ephemeral',
      text:
        `This answer needs ${messages.length} messages and Slack lets a command answer with ${RESPONSE_URL_LIMIT}; ` +
        `the last ${left} could not be posted here (${describeError(err)}). Invite the app to this channel (/invite @Herald) to get long answers in full, ` +
        `or narrow it down, e.g. ${cmd.command} quotes speaker:NAME.`,
    });
  }
}
