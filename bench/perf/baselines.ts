/**
 * The baselines the adapters' latency is set beside, run in the bot's process and driven by the same
 * load generator: a bare node:http server for Slack, a bare gateway client for Discord. Each does the
 * protocol's minimum and nothing else (no signature check, no command): its latency is what the machine,
 * Node's HTTP stack and the generator cost by themselves.
 */
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';

const newAgent = (): Agent => new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs (or PATCHes) JSON with node:http on a keep-alive connection and reads the whole answer. */
function sendJson(
  agent: Agent,
  url: string,
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<number> {
  const u = new URL(url);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${u.search}`,
        method,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** Answers every request with an empty 200, then POSTs a fixed message to the form's response_url. */
export async function bareSlackServer(): Promise<{ url: string; close(): Promise<void> }> {
  const agent = newAgent();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200);
      res.end();
      const responseUrl = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('response_url');
      if (responseUrl)
        void sendJson(agent, responseUrl, 'POST', { response_type: 'ephemeral', text: 'ok' }).catch(() => {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * A bare Discord bot: identifies on the gateway and answers each INTERACTION_CREATE with a deferral
 * (callback type 5) and then an edit of the original response — the same two REST calls Herald makes.
 */
export async function bareGatewayClient(info: {
  gatewayUrl: string;
  apiUrl: string;
  token: string;
  applicationId: string;
}): Promise<{ close(): Promise<void> }> {
  const agent = newAgent();
  const ws = new WebSocket(info.gatewayUrl);
  const api = `${info.apiUrl}/v10`;
  const answer = async (d: { id: string; token: string }): Promise<void> => {
    await sendJson(agent, `${api}/interactions/${d.id}/${d.token}/callback`, 'POST', { type: 5, data: { flags: 64 } });
    await sendJson(agent, `${api}/webhooks/${info.applicationId}/${d.token}/messages/@original`, 'PATCH', {
      embeds: [{ description: 'ok' }],
      allowed_mentions: { parse: [] },
    });
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bare gateway client: no READY within 10 s')), 10_000);
    ws.on('error', reject);
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; t?: string | null; d?: { id: string; token: string } };
      if (msg.op === 10) {
        ws.send(
          JSON.stringify({
            op: 2,
            d: { token: info.token, intents: 0, properties: { os: 'linux', browser: 'bench', device: 'bench' } },
          }),
        );
      } else if (msg.op === 0 && msg.t === 'READY') {
        clearTimeout(timer);
        resolve();
      } else if (msg.op === 0 && msg.t === 'INTERACTION_CREATE' && msg.d) {
        void answer(msg.d).catch(() => {});
      }
    });
  });
  return {
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        const timer = setTimeout(() => {
          ws.terminate();
          resolve();
        }, 2000);
        ws.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        ws.close(1000);
      });
    },
  };
}
