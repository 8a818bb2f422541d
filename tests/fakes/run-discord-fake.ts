/**
 * Runs the local fake Discord on its own, to start the bot against it by hand:
 *
 *   npx tsx tests/fakes/run-discord-fake.ts [--port 8787] [--demo]
 *
 * It prints the settings to use, then one line per request it receives. With --demo, once the bot's
 * gateway session is up it sends /digest and /quotes, and /subscribe "every minute" as a channel
 * manager, so the first scheduled digest arrives within a minute. Stop it with Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { FakeDiscord, type FakeInteraction } from './discord.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, demo: { type: 'boolean', default: false } },
});
const fake = await FakeDiscord.start({ port: Number(values.port) });
const CHANNEL = '200000000000000001';
const MANAGE_CHANNELS = String(1n << 4n);

process.stdout.write(
  [
    `fake Discord listening on http://127.0.0.1:${fake.port} (gateway ${fake.gatewayUrl})`,
    'start Herald against it with:',
    `  DISCORD_TOKEN=${fake.token} DISCORD_APPLICATION_ID=${fake.applicationId} DISCORD_API_URL=${fake.apiUrl} npm start`,
    `  DISCORD_TOKEN=${fake.token} DISCORD_APPLICATION_ID=${fake.applicationId} DISCORD_API_URL=${fake.apiUrl} npm run herald -- register-commands`,
    '',
  ].join('\n'),
);

let shown = 0;
const timer = setInterval(() => {
  for (; shown < fake.requests.length; shown++) {
    const r = fake.requests[shown];
    if (!r) continue;
    const body = r.body as {
      embeds?: Array<{ title?: string; description?: string }>;
      content?: string;
      type?: number;
    } | null;
    const what =
      body?.embeds?.[0]?.title ??
      body?.embeds?.[0]?.description?.slice(0, 80) ??
      body?.content?.slice(0, 80) ??
      (body?.type !== undefined ? `type ${body.type}` : '');
    process.stdout.write(
      `${new Date(r.at).toISOString()} ${r.method} ${r.route.replace(/itoken-[0-9a-f]+/, 'TOKEN')} → ${r.status}${what ? `  ${what}` : ''}\n`,
    );
  }
}, 200);

if (values.demo) {
  void (async () => {
    await fake.waitFor(() => fake.connected > 0, 10 * 60_000, 'the bot to connect');
    process.stdout.write('bot connected; sending /digest, /quotes and /subscribe\n');
    const run = async (payload: Record<string, unknown>): Promise<FakeInteraction> => {
      const it = fake.sendInteraction(payload);
      await fake.waitFor(() => it.callbacks.length > 0 && !it.loading, 10_000, 'an answer').catch(() => undefined);
      return it;
    };
    await run(fake.chatInput('digest', {}, { channelId: CHANNEL }));
    await run(fake.chatInput('quotes', {}, { channelId: CHANNEL }));
    await run(
      fake.chatInput(
        'subscribe',
        { schedule: 'every minute', timezone: 'Europe/Kyiv' },
        { channelId: CHANNEL, permissions: MANAGE_CHANNELS },
      ),
    );
    process.stdout.write(`subscribed channel ${CHANNEL}; its scheduled digest is posted within a minute\n`);
  })();
}

const stop = (): void => {
  clearInterval(timer);
  void fake.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
