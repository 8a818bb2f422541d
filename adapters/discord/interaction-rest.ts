import { DiscordAPIError, MessageFlags, REST, RESTEvents, Routes, type APIEmbed, type RESTOptions } from 'discord.js';

// Discord's answer to a second first answer: "Interaction has already been acknowledged".
const ALREADY_ACKNOWLEDGED = 40060;

/**
 * Interaction responses (the gateway's first answer, edits and follow-ups), sent through a REST client of their own.
 * Discord exempts interaction endpoints from the bot's global rate limit, but discord.js counts
 * the webhook edits against its 50-requests-per-second budget (only the first callback is exempt),
 * so on the shared client a burst of commands waited up to a second for their answers (bench:
 * final edit p50 1,050 ms at 50 in flight, 48 ms once exempt). Channel posts keep the shared client.
 */
export class InteractionRest {
  private readonly rest: REST;
  // Callback paths whose retry Discord refused as already acknowledged: the first try got there.
  private readonly retriedAcks = new Set<string>();

  constructor(
    private readonly applicationId: string,
    options: Partial<RESTOptions>,
    onRateLimited: () => void = () => {},
  ) {
    // One handler is kept per interaction token; sweep them each minute so memory stays flat.
    this.rest = new REST({ ...options, globalRequestsPerSecond: 1_000_000, handlerSweepInterval: 60_000 });
    this.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status === 429) onRateLimited();
      // discord.js retries a request whose answer was a 5xx or never came (429s are not counted as
      // retries), so a 400 to a retried callback means Discord had taken the first try.
      if (response.status === 400 && request.retries > 0 && request.path.endsWith('/callback'))
        this.retriedAcks.add(request.path);
    });
  }

  /** The interaction's first answer over REST (the gateway's way; the Interactions Endpoint writes it in its response). */
  async callback(id: string, token: string, body: unknown): Promise<void> {
    const path = Routes.interactionCallback(id, token);
    try {
      await this.rest.post(path, { auth: false, body });
    } catch (err) {
      // The first try was taken and its answer lost: the deferral is there, and the command goes on.
      const retried = this.retriedAcks.delete(path);
      if (retried && err instanceof DiscordAPIError && err.code === ALREADY_ACKNOWLEDGED) return;
      throw err;
    } finally {
      this.retriedAcks.delete(path);
    }
  }

  /** Replaces the deferred "thinking…" message. */
  async edit(token: string, embeds: APIEmbed[]): Promise<void> {
    await this.rest.patch(Routes.webhookMessage(this.applicationId, token, '@original'), {
      auth: false,
      body: { embeds, allowed_mentions: { parse: [] } },
    });
  }

  /** Sends one more message for this interaction, ephemeral or not. */
  async followUp(token: string, embeds: APIEmbed[], ephemeral: boolean): Promise<void> {
    await this.rest.post(Routes.webhook(this.applicationId, token), {
      auth: false,
      query: new URLSearchParams({ wait: 'true' }),
      body: { embeds, allowed_mentions: { parse: [] }, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) },
    });
  }

  /** Removes the deferred message. */
  async delete(token: string): Promise<void> {
    await this.rest.delete(Routes.webhookMessage(this.applicationId, token, '@original'), { auth: false });
  }

  /** Stops the sweep timers so the process can exit. */
  close(): void {
    this.rest.clearHandlerSweeper();
    this.rest.clearHashSweeper();
  }
}
