import { type SessionInfo, WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';
import type { REST } from 'discord.js';
import type { Logger } from '../../src/log.js';
import { settlesWithin } from '../../src/time/settles-within.js';
import { type CommandAnswerer, firstResponse } from './answer.js';
import type { InteractionRest } from './interaction-rest.js';
import { parseInteraction } from './interaction-payload.js';

const UNREADABLE =
  'That command could not be read: Discord sent it in a form Herald does not understand. It has been logged; please try again.';
const AUTOCOMPLETE = 4;

/**
 * Commands over the gateway, with discord.js's WebSocket layer (@discordjs/ws) and no Client: Herald
 * needs no intents, caches or structures, and reads each interaction itself, as the Interactions
 * Endpoint does (parseInteraction). A payload that cannot be read is answered with an error; in a
 * Client it would throw inside the library's socket handler, where nothing could catch it.
 */
export class Gateway {
  private readonly ws: WebSocketManager;
  private ready = false;
  private stopping = false;
  // Disconnections since the session was last open.
  private failures = 0;

  constructor(
    token: string,
    rest: REST,
    private readonly log: Logger,
    onInteraction: (raw: unknown) => void,
  ) {
    // Sessions kept per gateway: the library's default store is one for the whole process, keyed by
    // shard only, so a second bot in the process (tests, benchmarks) would resume the first's session.
    const sessions = new Map<number, SessionInfo>();
    this.ws = new WebSocketManager({
      token,
      intents: 0,
      rest,
      retrieveSessionInfo: (shard) => sessions.get(shard) ?? null,
      updateSessionInfo: (shard, info) => void (info ? sessions.set(shard, info) : sessions.delete(shard)),
    });
    this.ws.on(WebSocketShardEvents.Dispatch, ({ data }) => {
      if (data.t === 'INTERACTION_CREATE') onInteraction(data.d);
    });
    this.ws.on(WebSocketShardEvents.Ready, () => {
      this.connected();
    });
    this.ws.on(WebSocketShardEvents.Closed, ({ code, shardId }) => {
      this.ready = false;
      if (this.stopping) return;
      // While Discord stays away the library retries every half second: said at the 1st, 2nd, 4th,
      // 8th… try, with the count, instead of two lines a try.
      this.failures++;
      if ((this.failures & (this.failures - 1)) === 0)
        this.log.warn('discord gateway disconnected; reconnecting', { shard: shardId, code, tries: this.failures });
    });
    this.ws.on(WebSocketShardEvents.Resumed, ({ shardId }) => {
      this.connected();
      this.log.info('discord gateway resumed', { shard: shardId });
    });
    this.ws.on(WebSocketShardEvents.Error, ({ error, shardId }) =>
      this.log.error('discord gateway error', { shard: shardId, err: error }),
    );
  }

  /**
   * Connects and waits up to `timeoutMs` for READY (false: not yet; commands are answered once it
   * comes). Throws what Discord answered when it refuses the token (GET /gateway/bot).
   */
  async start(timeoutMs: number): Promise<boolean> {
    const connecting = this.ws.connect();
    if (await settlesWithin(connecting, timeoutMs)) {
      await connecting;
      return true;
    }
    connecting.catch((err: unknown) => this.log.error('discord gateway did not connect', { err }));
    return false;
  }

  private connected(): void {
    if (this.failures > 0) this.log.info('discord gateway connected again', { tries: this.failures });
    this.ready = true;
    this.failures = 0;
  }

  /** Whether the session is open (READY or resumed). */
  get isReady(): boolean {
    return this.ready;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.ready = false;
    await this.ws.destroy();
  }
}

/** Reads an INTERACTION_CREATE from the gateway and answers it, its first answer going over REST. Never throws. */
export async function answerFromGateway(
  raw: unknown,
  answerer: CommandAnswerer,
  rest: InteractionRest,
  log: Logger,
): Promise<void> {
  const parsed = parseInteraction(raw);
  if (parsed.kind === 'command' || parsed.kind === 'autocomplete') {
    const { id, token } = parsed.call;
    return answerer.interaction(
      parsed,
      firstResponse((body) => rest.callback(id, token, body)),
    );
  }
  if (parsed.kind !== 'invalid') return;
  // Its id and token, if it has them, are enough to tell the caller.
  const d = (raw ?? {}) as { id?: unknown; token?: unknown; type?: unknown; channel_id?: unknown };
  const where = {
    interaction: typeof d.id === 'string' ? d.id : undefined,
    channel: typeof d.channel_id === 'string' ? d.channel_id : undefined,
  };
  log.error('discord interaction could not be read', { ...where, reason: parsed.problem });
  // Both go into the callback's path: nothing that could change it.
  if (typeof d.id !== 'string' || !/^\d{1,25}$/.test(d.id)) return;
  if (typeof d.token !== 'string' || !/^[^\s/?#%\\]{1,1000}$/.test(d.token)) return;
  const first = firstResponse((body) => rest.callback(d.id as string, d.token as string, body));
  // An autocomplete can only be answered with choices: none, then.
  const answered =
    d.type === AUTOCOMPLETE ? first.suggest([]) : first.replyPrivately([{ description: UNREADABLE, color: 0xef4444 }]);
  await answered.catch((err: unknown) => log.warn('discord error reply failed', { ...where, err }));
}
