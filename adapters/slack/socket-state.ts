import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

/**
 * Follows a Socket Mode connection: whether it is up now (for /readyz), with one log line when it
 * drops and one when it is back. Bolt's client reconnects by itself; until it has, commands typed in
 * Slack go unanswered, which a readiness probe should see as it sees Discord's gateway.
 */
export function watchSocket(socket: SocketModeReceiver, log: Logger): () => boolean {
  let up = false;
  let dropped = false;
  socket.client.on('connected', () => {
    up = true;
    if (dropped) log.info('slack socket reconnected');
    dropped = false;
  });
  const down = (): void => {
    const was = up;
    up = false; // before the log line, so whatever reads the line reads /readyz as down too
    if (!was) return;
    dropped = true;
    log.warn('slack socket disconnected; reconnecting');
  };
  socket.client.on('reconnecting', down);
  socket.client.on('disconnected', down);
  return () => up;
}
