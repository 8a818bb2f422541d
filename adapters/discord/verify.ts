import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { staleRequest } from '../http/signed-requests.js';

// The fixed DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32-byte key follows it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters, Developer Portal → General Information → Public Key) as a key object. */
export function discordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new Error(
      'DISCORD_PUBLIC_KEY must be 64 hex characters (Developer Portal → General Information → Public Key)',
    );
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/** Why a request's signature is refused, or null when it is Discord's and recent. */
export function signatureProblem(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
): string | null {
  const stale = staleRequest(timestamp, signature, nowMs);
  if (stale || !timestamp || !signature) return stale ?? 'missing signature headers';
  if (!/^[0-9a-f]{128}$/i.test(signature)) return 'malformed signature';
  // The signature covers the timestamp header followed by the raw body, byte for byte.
  const ok = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  return ok ? null : 'bad signature';
}
