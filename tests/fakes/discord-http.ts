/**
 * Discord's side of an Interactions Endpoint URL, for tests: the application's Ed25519 key pair,
 * and the signed POST Discord sends for each interaction, whose HTTP answer is then applied to the
 * fake as the interaction's callback (deferral, reply, PONG or autocomplete choices).
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { FakeDiscord, FakeInteraction } from './discord.js';

/** The key pair Discord shows the public half of as the application's Public Key. */
export class InteractionSigner {
  readonly publicKey: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('ed25519');
    this.privateKey = pair.privateKey;
    // The raw 32-byte key is the last 32 bytes of its SPKI DER form.
    this.publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  }

  /** X-Signature-Ed25519 for this timestamp and body. */
  sign(timestamp: string, body: string | Buffer): string {
    return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), this.privateKey).toString('hex');
  }
}

export interface Delivery {
  status: number;
  text: string;
  /** The answer as JSON, when it was JSON. */
  json: Record<string, unknown> | null;
  interaction: FakeInteraction;
  /** What the callback endpoint said to the answer (0 when the answer was not a callback). */
  callbackStatus: number;
}

export interface DeliverOptions {
  /** Seconds since the epoch for X-Signature-Timestamp (default now). */
  timestamp?: number;
  /** A signature to send instead of the right one; null sends none. */
  signature?: string | null;
  /** A body to send instead of JSON.stringify(payload) (signed as given). */
  body?: string;
}

/** POSTs a signed interaction to the bot's endpoint as Discord does, and records its answer at the fake. */
export async function deliverInteraction(
  fake: FakeDiscord,
  signer: InteractionSigner,
  url: string,
  payload: Record<string, unknown>,
  o: DeliverOptions = {},
): Promise<Delivery> {
  const interaction = fake.trackInteraction(payload);
  let release = (): void => {};
  fake.holdWebhooks(interaction.token, new Promise<void>((r) => (release = r)));
  try {
    const body = o.body ?? JSON.stringify(payload);
    const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = o.signature === undefined ? signer.sign(timestamp, body) : o.signature;
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-timestamp': timestamp,
        ...(signature === null ? {} : { 'x-signature-ed25519': signature }),
      },
      signal: AbortSignal.timeout(5000),
    });
    const text = await res.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = null;
    }
    const isCallback = res.status === 200 && json !== null && typeof json.type === 'number' && json.type !== 1;
    const callbackStatus = isCallback ? fake.applyCallback(interaction.id, interaction.token, json) : 0;
    return { status: res.status, text, json, interaction, callbackStatus };
  } finally {
    release();
  }
}
