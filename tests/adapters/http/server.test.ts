import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttp, type HttpEndpoint, type HttpOptions, type HttpServer } from '../../../adapters/http/server.js';
import { PromMetrics } from '../../../adapters/http/prom-metrics.js';
import { memoryLogger } from '../discord/harness.js';

const servers: HttpServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close(100);
});

/** A stand-in adapter endpoint that records the bodies it was given. */
function endpoint(problems: string[] = []): HttpEndpoint & { bodies: string[] } {
  const bodies: string[] = [];
  return {
    bodies,
    httpHandler: async (_req, res, body) => {
      bodies.push(body.toString('utf8'));
      res.writeHead(200).end('handled');
    },
    readinessProblems: () => problems,
  };
}

async function serve(
  o: Partial<HttpOptions> = {},
): Promise<{ http: HttpServer; base: string; log: ReturnType<typeof memoryLogger> }> {
  const log = memoryLogger();
  const http = await startHttp({ port: 0, host: '127.0.0.1', log, ...o });
  servers.push(http);
  return { http, base: `http://127.0.0.1:${http.port}`, log };
}

const get = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
  return { status: res.status, text: await res.text(), headers: res.headers };
};

describe('the HTTP server: health and readiness', () => {
  it('/healthz answers 200 while the process runs, also to HEAD', async () => {
    const { base } = await serve({ readiness: async () => ['database: unreachable'] });
    expect(await get(`${base}/healthz`)).toMatchObject({ status: 200, text: 'ok\n' });
    expect(await get(`${base}/healthz`, { method: 'HEAD' })).toMatchObject({ status: 200, text: '' });
  });

  it('/readyz is 200 when nothing is wrong, else 503 with every reason on its own line', async () => {
    const problems: string[] = [];
    const { base } = await serve({
      readiness: async () => problems,
      slack: endpoint(),
      discord: endpoint(['discord: not started']),
    });
    expect(await get(`${base}/readyz`)).toMatchObject({ status: 503, text: 'discord: not started\n' });
    const ready = await serve({ readiness: async () => problems, slack: endpoint() });
    expect(await get(`${ready.base}/readyz`)).toMatchObject({ status: 200, text: 'ready\n' });
    problems.push('database: connection refused');
    expect(await get(`${ready.base}/readyz`)).toMatchObject({ status: 503, text: 'database: connection refused\n' });
  });

  it('a readiness check that throws or hangs is a 503 with a short reason, never its error text', async () => {
    const thrown = await serve({
      readiness: async () => {
        throw new Error('password=hunter2 rejected by pg');
      },
    });
    const t = await get(`${thrown.base}/readyz`);
    expect(t).toMatchObject({ status: 503, text: 'readiness check failed (see the log)\n' });
    expect(thrown.log.lines.some((l) => l.level === 'error' && l.msg === 'readiness check failed')).toBe(true);
    const hung = await serve({ readiness: () => new Promise<string[]>(() => {}), readinessTimeoutMs: 50 });
    expect(await get(`${hung.base}/readyz`)).toMatchObject({
      status: 503,
      text: 'readiness check did not answer within 50 ms\n',
    });
  });

  it('after drain() /readyz says "stopping" so a load balancer sends no more, while /healthz stays 200', async () => {
    const { http, base } = await serve();
    expect((await get(`${base}/readyz`)).status).toBe(200);
    http.drain();
    expect(await get(`${base}/readyz`)).toMatchObject({ status: 503, text: 'stopping\n' });
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });
});

describe('the HTTP server: routing and limits', () => {
  it('mounts /slack/events and /discord/interactions for POST only; anything else is 404 or 405', async () => {
    const slack = endpoint();
    const discord = endpoint();
    const { base } = await serve({ slack, discord });
    expect(await get(`${base}/slack/events?x=1`, { method: 'POST', body: 'a=1' })).toMatchObject({
      status: 200,
      text: 'handled',
    });
    expect(await get(`${base}/discord/interactions`, { method: 'POST', body: '{}' })).toMatchObject({
      status: 200,
      text: 'handled',
    });
    expect(slack.bodies).toEqual(['a=1']);
    expect(discord.bodies).toEqual(['{}']);
    const wrong = await get(`${base}/slack/events`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await get(`${base}/healthz`, { method: 'POST', body: 'x' })).status).toBe(405);
    for (const path of ['/', '/nope', '/slack/events/extra', '/metrics', '/../etc/passwd'])
      expect((await get(`${base}${path}`)).status, path).toBe(404);
  });

  it('does not mount an adapter that runs without HTTP (Socket Mode, the gateway)', async () => {
    const { base } = await serve({ slack: { httpHandler: null, readinessProblems: () => [] } });
    expect((await get(`${base}/slack/events`, { method: 'POST', body: 'a=1' })).status).toBe(404);
  });

  it('refuses a body over 1 MB with 413 before the handler sees it, declared or streamed', async () => {
    const slack = endpoint();
    const { base, http } = await serve({ slack });
    expect((await get(`${base}/slack/events`, { method: 'POST', body: Buffer.alloc(1024 * 1024, 'a') })).status).toBe(
      200,
    );
    expect(
      (await get(`${base}/slack/events`, { method: 'POST', body: Buffer.alloc(1024 * 1024 + 1, 'a') })).status,
    ).toBe(413);
    // Chunked, with no Content-Length: cut off while reading.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: http.port, path: '/slack/events', method: 'POST', timeout: 5000 },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write(Buffer.alloc(64 * 1024, 'b'));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(slack.bodies.map((b) => b.length)).toEqual([1024 * 1024]);
  });

  it('a handler that fails is logged and answered 500 without its error or stack', async () => {
    const { base, log } = await serve({
      discord: {
        httpHandler: async () => {
          throw new Error('secret detail at /srv/herald/adapters/x.ts:12');
        },
        readinessProblems: () => [],
      },
    });
    const r = await get(`${base}/discord/interactions`, { method: 'POST', body: '{}' });
    expect(r).toMatchObject({ status: 500, text: 'internal error\n' });
    expect(
      log.lines.some(
        (l) =>
          l.level === 'error' &&
          l.msg === 'http request failed' &&
          (l.fields.err as Error).message.includes('secret detail'),
      ),
    ).toBe(true);
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  it('an address that is not this machine’s fails start naming HERALD_HTTP_HOST', async () => {
    // 192.0.2.1 is set aside for documentation: no machine has it.
    await expect(startHttp({ port: 0, host: '192.0.2.1', log: memoryLogger() })).rejects.toThrow(
      /^192\.0\.2\.1 \(HERALD_HTTP_HOST\) is not an address of this machine/,
    );
  });

  it('a port in use fails start with the variable to change', async () => {
    const { http } = await serve();
    await expect(startHttp({ port: http.port, host: '127.0.0.1', log: memoryLogger() })).rejects.toThrow(
      /PORT \d+ is already in use: set PORT/,
    );
  });
});

describe('the HTTP server: /metrics', () => {
  it('serves Prometheus text: Herald\u2019s metrics, the process metrics, and the requests it answered', async () => {
    const metrics = new PromMetrics();
    const { base } = await serve({ metrics });
    await get(`${base}/healthz`);
    await get(`${base}/nope`);
    const r = await get(`${base}/metrics`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'herald_posts_total',
      'herald_fire_lag_seconds',
      'herald_command_duration_seconds',
      'herald_rate_limited_total',
      'herald_source_fetch_errors_total',
      'herald_claims_taken_over_total',
    ]) {
      expect(r.text).toContain(`# TYPE ${name} `);
    }
    expect(r.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(r.text).toMatch(/^herald_http_requests_total\{route="\/healthz",status="200"\} 1$/m);
    expect(r.text).toMatch(/^herald_http_requests_total\{route="other",status="404"\} 1$/m);
  });
});
