// One claiming process for the claims bench: claims (and marks sent) every key it can win among
// `keys` deliveries, in its own order, and prints how many it won. Usage: claim-worker.ts DB WORKER KEYS
import { openStore } from '../../src/store/open.js';

const [db = '', worker = '0', count = '0'] = process.argv.slice(2);
const keys = Array.from({ length: Number(count) }, (_, i) => `a${i}`);
// Each worker goes through the keys from a different place, so they race for every one.
const start = (Number(worker) * 7919) % keys.length;
const store = await openStore(db);
process.stdout.write('ready\n');
await new Promise<void>((r) => process.stdin.once('data', () => r()));
let won = 0;
const t0 = performance.now();
for (let i = 0; i < keys.length; i++) {
  const articleId = keys[(start + i) % keys.length] ?? '';
  const at = new Date().toISOString();
  const d = { platform: 'bench', channelId: `c${articleId.length % 7}`, articleId };
  const claim = await store.claimDelivery({
    ...d,
    at,
    holder: `w${worker}`,
    leaseUntil: new Date(Date.now() + 30_000).toISOString(),
  });
  if (claim && (await store.markSent(d, `w${worker}`, at, null))) won++;
}
process.stdout.write(`${JSON.stringify({ won, ms: performance.now() - t0 })}\n`);
await store.close();
