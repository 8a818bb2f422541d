import { MessageFlags, REST, RESTEvents, Routes, type APIEmbed, type RESTOptions } from 'discord.js';

/**
 * Interaction responses (the gateway's first answer, edits and follow-ups), sent through a REST client of their own.
 * Discord exempts interaction endpoints from the bot's global rate limit, but discord.js counts
 * the webhook edits against its 50-requests-per-second budget (only the first callback is exempt),
 * so on the shared client a burst of commands waited up to a second for their answers (bench:
 * final edit p50 1,050 ms at 50 in flight, 48 ms once exempt). Channel posts keep the shared client.
 */
export class InteractionRest {
  private readonly rest: REST;

  constructor(
    private readonly applicationId: string,
    options: Partial<RESTOptions>,
    onRateLimited: () => void = () => {},
  ) {
    // One handler is kept per interaction token; sweep them each minute so memory stays flat.
    this.rest = new REST({ ...options, globalRequestsPerSecond: 1_000_000, handlerSweepInterval: 60_000 });
    this.rest.on(RESTEvents.Response, (_request, response) => {
      if (response.status === 429) onRateLimited();
    });
  }

  /** The interaction's first answer over REST (the gateway's way; the Interactions Endpoint writes it in its response). */
  async callback(id: string, token: string, body: unknown): Promise<void> {
    await this.rest.post(Routes.interactionCallback(id, token), { auth: false, body });
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
