import { describe, expect, it } from 'vitest';
import { PromMetrics } from '../../../adapters/http/prom-metrics.js';
import { MemoryReplayCache } from '../../../src/commands/replay-guard.js';

describe('PromMetrics', () => {
  it('turns each Metrics call into its Prometheus series', async () => {
    const m = new PromMetrics({ processMetrics: false });
    m.postSent('discord');
    m.postSent('discord');
    m.postFailed('slack', 'channel_unavailable');
    m.fireLag(1.5);
    m.commandLatency('slack', 'digest', 0.2);
    m.rateLimited('discord');
    m.sourceFetchError('timeout');
    m.claimTakenOver();
    const { body } = await m.render();
    expect(body).toMatch(/^herald_posts_total\{platform="discord",status="sent"\} 2$/m);
    expect(body).toMatch(/^herald_posts_total\{platform="slack",status="failed"\} 1$/m);
    expect(body).toMatch(/^herald_post_failures_total\{platform="slack",reason="channel_unavailable"\} 1$/m);
    expect(body).toMatch(/^herald_fire_lag_seconds_bucket\{le="1"\} 0$/m);
    expect(body).toMatch(/^herald_fire_lag_seconds_bucket\{le="2"\} 1$/m);
    expect(body).toMatch(/^herald_command_duration_seconds_bucket\{le="0\.25",platform="slack",command="digest"\} 1$/m);
    expect(body).toMatch(/^herald_rate_limited_total\{platform="discord"\} 1$/m);
    expect(body).toMatch(/^herald_source_fetch_errors_total\{reason="timeout"\} 1$/m);
    expect(body).toMatch(/^herald_claims_taken_over_total 1$/m);
  });

  it('keeps label values short and few: a URL is flattened, and past 50 values per label the rest count as "other"', async () => {
    const m = new PromMetrics({ processMetrics: false });
    m.sourceFetchError('https://example.org/feed?token=abc');
    for (let i = 0; i < 60; i++) m.commandLatency('discord', `cmd${i}`, 0.1);
    const { body } = await m.render();
    expect(body).not.toContain('example.org/feed');
    expect(body).toMatch(/^herald_source_fetch_errors_total\{reason="https_example_org_feed_token_abc"\} 1$/m);
    expect(body).toMatch(/^herald_command_duration_seconds_count\{platform="discord",command="cmd49"\} 1$/m);
    expect(body).not.toContain('command="cmd50"');
    expect(body).toMatch(/^herald_command_duration_seconds_count\{platform="discord",command="other"\} 10$/m);
  });

  it('each instance has its own registry, so two never share counts', async () => {
    const a = new PromMetrics({ processMetrics: false });
    const b = new PromMetrics({ processMetrics: false });
    a.claimTakenOver();
    expect((await a.render()).body).toMatch(/^herald_claims_taken_over_total 1$/m);
    expect((await b.render()).body).toMatch(/^herald_claims_taken_over_total 0$/m);
  });
});

describe('MemoryReplayCache', () => {
  it('says a key is new once until it expires, then new again', () => {
    let now = 1_000_000;
    const c = new MemoryReplayCache(10, () => now);
    expect(c.firstSeen('a', now + 300_000)).toBe(true);
    expect(c.firstSeen('a', now + 300_000)).toBe(false);
    expect(c.firstSeen('b', now + 300_000)).toBe(true);
    now += 300_001;
    expect(c.firstSeen('a', now + 300_000)).toBe(true);
    // The expired "b" was swept out.
    expect(c.size).toBe(1);
  });

  it('holds at most maxEntries, forgetting the oldest first', () => {
    const c = new MemoryReplayCache(3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) expect(c.firstSeen(k, 1000)).toBe(true);
    expect(c.size).toBe(3);
    expect(c.firstSeen('d', 1000)).toBe(false);
    expect(c.firstSeen('a', 1000)).toBe(true);
  });
});
