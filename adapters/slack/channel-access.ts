import type { App } from '@slack/bolt';
import { platformError } from './slack-errors.js';

// A DM between people: no app can post in it.
const NOT_OWN_DM =
  'Herald cannot post in a direct message between people: subscribe a channel, or Herald’s own DM (Apps → Herald → Messages).';

/**
 * What keeps Herald from posting in a channel, as the sentence the person subscribing acts on; null
 * when nothing does, or when Slack could not be asked (the first post will tell). `call` wraps each
 * Web API call (rate limits).
 */
export async function cannotPost(
  client: App['client'],
  call: <T>(fn: () => Promise<T>) => Promise<T>,
  channel: string,
  user: string,
): Promise<string | null> {
  // Read with the history scopes the app already has: where it cannot read, it cannot post either
  // (chat.postMessage answers the same not_in_channel / channel_not_found). A DM needs no
  // im:history: the app can post only in its own DM with the user, which conversations.open
  // (im:write) names.
  try {
    if (channel.startsWith('D')) {
      const own = await call(() => client.conversations.open({ users: user }));
      return own.channel?.id === channel ? null : NOT_OWN_DM;
    }
    await call(() => client.conversations.history({ channel, limit: 1 }));
    return null;
  } catch (err) {
    const code = platformError(err);
    if (code === 'not_in_channel') return 'Herald is not a member of this channel: invite it with /invite @Herald.';
    if (code === 'channel_not_found')
      return 'Herald cannot see this channel (private, or a direct message it is not part of): add the app in the channel’s details (Integrations → Add apps).';
    return null;
  }
}
