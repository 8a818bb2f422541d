// Starts the local fake Slack for trying Herald by hand, prints the settings to use, and logs every
// request. Lines typed here are sent to the bot as `/herald <line>`: over Socket Mode when the bot is
// connected, else signed over HTTP to --events URL. Start a line with @U0ADMIN to send it as the admin.
//
//   npx tsx tests/fakes/run-slack-fake.ts [--port 4000] [--events http://127.0.0.1:3000/slack/events]
import { createInterface } from 'node:readline';
import {
  FakeSlack,
  FAKE_APP_TOKEN,
  FAKE_BOT_TOKEN,
  FAKE_SIGNING_SECRET,
  signRequest,
  slashCommand,
  type RecordedRequest,
} from './slack.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const events = arg('--events');

const fake = new FakeSlack({
  port: Number(arg('--port') ?? 0),
  users: [
    { id: 'U0ADMIN', name: 'admin', is_admin: true },
    { id: 'U0READER', name: 'reader' },
  ],
  onRequest: (r: RecordedRequest) => {
    const what = r.api ?? r.path;
    const detail =
      r.api === 'chat.postMessage'
        ? ` channel=${String(r.body.channel)} text=${JSON.stringify(String(r.body.text ?? '').slice(0, 120))}`
        : '';
    process.stdout.write(`← ${what} ${r.status}${r.error ? ` ${r.error}` : ''}${detail}\n`);
    if (r.path.startsWith('/response/')) process.stdout.write(`${JSON.stringify(r.body, null, 2)}\n`);
  },
});
await fake.start();

process.stdout.write(
  [
    `fake Slack listening on ${fake.url}`,
    '',
    'Socket Mode:',
    `  SLACK_API_URL=${fake.apiUrl} SLACK_BOT_TOKEN=${FAKE_BOT_TOKEN} SLACK_APP_TOKEN=${FAKE_APP_TOKEN} npm start`,
    'HTTP mode (then rerun this script with --events http://127.0.0.1:3000/slack/events):',
    `  SLACK_API_URL=${fake.apiUrl} SLACK_BOT_TOKEN=${FAKE_BOT_TOKEN} SLACK_SIGNING_SECRET=${FAKE_SIGNING_SECRET} PORT=3000 npm start`,
    '',
    'Type a command without the slash command, e.g. "quotes", "@U0ADMIN subscribe every minute UTC", "digest".',
    '',
  ].join('\n'),
);

const rl = createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => void send(line.trim()));
rl.on('close', () => void fake.stop().then(() => process.exit(0)));
process.on('SIGINT', () => void fake.stop().then(() => process.exit(0)));

async function send(line: string): Promise<void> {
  if (line === '') return;
  const m = /^@(\S+)\s*(.*)$/.exec(line);
  const user_id = m?.[1] ?? 'U0READER';
  const text = m ? (m[2] ?? '') : line;
  const payload = slashCommand({ text, user_id, response_url: fake.responseUrl() });
  try {
    if (fake.socketCount > 0) {
      process.stdout.write(`→ socket envelope ${fake.pushSlashCommand(payload)}\n`);
    } else if (events) {
      const body = new URLSearchParams(payload).toString();
      const res = await fetch(events, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signRequest(FAKE_SIGNING_SECRET, body) },
      });
      process.stdout.write(`→ POST ${events} ${res.status}\n`);
    } else {
      process.stdout.write('no bot connected over Socket Mode, and no --events URL given\n');
    }
  } catch (err) {
    process.stdout.write(`could not send: ${String(err)}\n`);
  }
}
