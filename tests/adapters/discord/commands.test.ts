import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/index.js';
import { ArticleLibrary } from '../../../src/library/library.js';
import type { ArticleRecord } from '../../../src/store/types.js';
import { EPHEMERAL, type FakeInteraction } from '../../fakes/discord.js';
import { embedText, harness, interact, MANAGE_CHANNELS, SEED_ID, SEND_MESSAGES, type Harness } from './harness.js';

const CHANNEL = '200000000000000010';

/** Fails the next `resolve` with an unexpected error (not a user error): a handler that throws. */
class BrokenOnceLibrary extends ArticleLibrary {
  // On a holder, not on the instance: each command reads articles through its community's view of
  // the library, and a view's own writes would stay on the view.
  readonly next = { broken: false };
  set breakNext(v: boolean) {
    this.next.broken = v;
  }
  override async resolve(query: string | undefined): Promise<ArticleRecord> {
    if (this.next.broken) {
      this.next.broken = false;
      throw new Error('disk on fire');
    }
    return super.resolve(query);
  }
}

let h: Harness;
let library: BrokenOnceLibrary;
beforeAll(async () => {
  h = await harness({
    library: (dir, store, files) => (library = new BrokenOnceLibrary(dir, store, files)),
  });
}, 15_000);
afterAll(async () => h?.close(), 10_000);

/** The requests the adapter made for one interaction, in order, as "METHOD route-kind". */
function trail(it: FakeInteraction): string[] {
  return h.fake.requests
    .filter((r) => r.route.includes(it.token) || r.route.includes(`/interactions/${it.id}/`))
    .map(
      (r) =>
        `${r.method} ${r.route.replace(`/interactions/${it.id}/${it.token}/callback`, 'callback').replace(`/webhooks/${h.fake.applicationId}/${it.token}`, 'webhook')} ${r.status}`,
    );
}

describe('Discord adapter: slash commands against the fake', () => {
  it('/digest defers publicly, then edits the deferral into the digest embed', { timeout: 10_000 }, async () => {
    const it = await interact(h, h.fake.chatInput('digest', {}, { channelId: CHANNEL }));
    expect(trail(it)).toEqual(['POST callback 204', 'PATCH webhook/messages/@original 200']);
    expect(it.callbacks[0]).toEqual({ type: 5, data: { flags: 0 } });
    const body = it.original?.body as {
      embeds: Array<{
        title: string;
        description: string;
        fields: Array<{ name: string; value: string }>;
        footer: { text: string };
      }>;
      allowed_mentions: unknown;
    };
    expect(it.original?.flags).toBe(0);
    const embed = body.embeds[0];
    expect(embed?.title).toBe(buildDigest(await h.library.resolve(SEED_ID)).headline);
    expect(embed?.description).toContain(
      '• The inauguration of the new US president is scheduled for 20 January 2025.',
    );
    // The day count as text, and the key date live: Discord shows <t:…> in each reader's own zone.
    const day = Date.parse('2025-01-20T10:00:00Z') / 1000;
    expect(embed?.fields).toContainEqual({
      name: 'Countdown',
      value: `57 days to go: Inauguration of the new US president (2025-01-20)\n<t:${day}:D>`,
    });
    expect(embed?.footer.text).toContain(SEED_ID);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('/quotes answers privately with both Zelenskyy quotes in full', { timeout: 10_000 }, async () => {
    const it = await interact(h, h.fake.chatInput('quotes', {}, { channelId: CHANNEL }));
    expect(it.callbacks[0]).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(it.original?.flags).toBe(EPHEMERAL);
    const text = [it.original, ...it.followUps].map((m) => embedText(m?.body)).join('\n');
    const quotes = buildDigest(await h.library.resolve(SEED_ID)).quotes;
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      expect(q.speaker).toBe('Volodymyr Zelenskyy');
      expect(text).toContain(q.text);
    }
    expect(text).toContain('It’s critical for him to showcase control over a situation he does not actually control');
    expect(text).toContain('the entire fate of the ‘special military operation’ hinges on the Kursk campaign');
    expect(text).toContain('**Volodymyr Zelenskyy**');
  });

  it('/quotes public:true and a speaker answers in the channel', { timeout: 10_000 }, async () => {
    const it = await interact(
      h,
      h.fake.chatInput('quotes', { speaker: 'zelenskyy', public: true }, { channelId: CHANNEL }),
    );
    expect(it.callbacks[0]).toEqual({ type: 5, data: { flags: 0 } });
    expect(embedText(it.original?.body)).toContain('hinges on the Kursk campaign');
  });

  it('/countdown, /articles and /help each edit their deferral', { timeout: 10_000 }, async () => {
    const countdown = await interact(h, h.fake.chatInput('countdown', { article: SEED_ID }, { channelId: CHANNEL }));
    expect(countdown.callbacks[0]?.data).toEqual({ flags: 0 });
    expect(embedText(countdown.original?.body)).toContain('57 days to go');
    const articles = await interact(h, h.fake.chatInput('articles', {}, { channelId: CHANNEL }));
    expect(articles.callbacks[0]?.data).toEqual({ flags: EPHEMERAL });
    expect(embedText(articles.original?.body)).toContain(`${SEED_ID} (2024-11-24)`);
    const help = await interact(h, h.fake.chatInput('help', {}, { channelId: CHANNEL }));
    expect(help.callbacks[0]?.data).toEqual({ flags: EPHEMERAL });
    for (const name of ['digest', 'quotes', 'countdown', 'articles', 'subscribe', 'unsubscribe'])
      expect(embedText(help.original?.body)).toContain(`/${name}`);
  });

  it('an error on a public command replaces the public deferral with a private message', {
    timeout: 10_000,
  }, async () => {
    const it = await interact(h, h.fake.chatInput('digest', { article: 'no-such-article' }, { channelId: CHANNEL }));
    expect(trail(it)).toEqual(['POST callback 204', 'DELETE webhook/messages/@original 204', 'POST webhook 200']);
    expect(it.original?.deleted).toBe(true);
    expect(it.followUps).toHaveLength(1);
    expect(it.followUps[0]?.flags).toBe(EPHEMERAL);
    expect(embedText(it.followUps[0]?.body)).toMatch(/no-such-article/);
  });

  it('/subscribe without Manage Channels is refused privately and stores nothing', { timeout: 10_000 }, async () => {
    const it = await interact(
      h,
      h.fake.chatInput(
        'subscribe',
        { schedule: 'daily 08:00', timezone: 'Europe/Kyiv' },
        { channelId: CHANNEL, permissions: SEND_MESSAGES },
      ),
    );
    expect(it.callbacks[0]?.data).toEqual({ flags: EPHEMERAL });
    expect(embedText(it.original?.body)).toContain('Only people who can manage this channel');
    expect(await h.store.getSubscription('discord', CHANNEL)).toBeNull();
    expect(await h.store.listSubscriptions()).toHaveLength(0);
  });

  it('/subscribe where Herald may not post says which permission to grant, privately, and stores nothing', {
    timeout: 10_000,
  }, async () => {
    // View Channel and Embed Links, no Send Messages: every scheduled post would be refused.
    const appPermissions = String((1n << 10n) | (1n << 14n));
    const it = await interact(
      h,
      h.fake.chatInput('subscribe', {}, { channelId: CHANNEL, permissions: MANAGE_CHANNELS, appPermissions }),
    );
    expect(it.callbacks[0]?.data).toEqual({ flags: EPHEMERAL });
    expect(embedText(it.original?.body)).toContain(
      'Herald cannot post digests in this channel: its role lacks Send Messages here.',
    );
    expect(await h.store.getSubscription('discord', CHANNEL)).toBeNull();
  });

  it('/subscribe with Manage Channels stores the subscription; /unsubscribe removes it', {
    timeout: 10_000,
  }, async () => {
    const it = await interact(
      h,
      h.fake.chatInput(
        'subscribe',
        { schedule: 'daily 08:00', timezone: 'Europe/Kyiv' },
        { channelId: CHANNEL, userId: '300000000000000077', permissions: MANAGE_CHANNELS },
      ),
    );
    expect(it.callbacks[0]?.data).toEqual({ flags: EPHEMERAL });
    expect(embedText(it.original?.body)).toContain('Subscribed');
    const sub = await h.store.getSubscription('discord', CHANNEL);
    expect(sub).toMatchObject({
      platform: 'discord',
      channelId: CHANNEL,
      timeZone: 'Europe/Kyiv',
      createdBy: '300000000000000077',
      pausedReason: null,
    });
    expect(sub?.cron).toBe('0 8 * * *');
    const un = await interact(
      h,
      h.fake.chatInput('unsubscribe', {}, { channelId: CHANNEL, permissions: MANAGE_CHANNELS }),
    );
    expect(embedText(un.original?.body)).toContain('Unsubscribed');
    expect(await h.store.getSubscription('discord', CHANNEL)).toBeNull();
  });

  it('autocompletes article ids and the chosen article\u2019s speakers', { timeout: 10_000 }, async () => {
    const a = await interact(h, h.fake.autocomplete('quotes', { article: '2024' }, 'article'));
    expect(a.callbacks).toEqual([{ type: 8, data: { choices: [{ name: SEED_ID, value: SEED_ID }] } }]);
    const s = await interact(h, h.fake.autocomplete('quotes', { article: SEED_ID, speaker: 'zel' }, 'speaker'));
    expect(s.callbacks).toEqual([
      { type: 8, data: { choices: [{ name: 'Volodymyr Zelenskyy', value: 'Volodymyr Zelenskyy' }] } },
    ]);
  });

  it('acknowledges within Discord\u2019s 3 seconds even when the answer takes longer', {
    timeout: 15_000,
  }, async () => {
    const run = h.bus.run.bind(h.bus);
    h.bus.run = async (...args) => {
      await new Promise((r) => setTimeout(r, 3300));
      return run(...args);
    };
    try {
      const it = await interact(h, h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
      expect(trail(it)).toEqual(['POST callback 204', 'PATCH webhook/messages/@original 200']);
      expect(h.fake.requests.find((r) => r.route.startsWith(`/interactions/${it.id}/`))!.at - it.sentAt).toBeLessThan(
        1000,
      );
      expect(embedText(it.original?.body)).toContain('57 days to go');
    } finally {
      h.bus.run = run;
    }
  });

  it('a handler that throws yields a private error reply, and the next interaction is still answered', {
    timeout: 10_000,
  }, async () => {
    library.breakNext = true;
    const broken = await interact(h, h.fake.chatInput('quotes', {}, { channelId: CHANNEL }));
    expect(broken.original?.flags).toBe(EPHEMERAL);
    expect(embedText(broken.original?.body)).toContain('Something went wrong');
    expect(
      h.log.lines.some(
        (l) => l.level === 'error' && l.msg === 'command failed' && (l.fields.err as Error).message === 'disk on fire',
      ),
    ).toBe(true);

    // A public command whose handler throws: the error still reaches only the caller.
    library.breakNext = true;
    const brokenPublic = await interact(h, h.fake.chatInput('digest', {}, { channelId: CHANNEL }));
    expect(brokenPublic.original?.deleted).toBe(true);
    expect(brokenPublic.followUps[0]?.flags).toBe(EPHEMERAL);
    expect(embedText(brokenPublic.followUps[0]?.body)).toContain('Something went wrong');

    // The bus itself failing (a bug in the adapter's path, not in a handler) is caught by the adapter.
    const run = h.bus.run.bind(h.bus);
    h.bus.run = async () => {
      throw new Error('bus exploded');
    };
    try {
      const exploded = await interact(h, h.fake.chatInput('quotes', {}, { channelId: CHANNEL }));
      expect(exploded.original?.flags).toBe(EPHEMERAL);
      expect(embedText(exploded.original?.body)).toContain('Something went wrong');
      expect(h.log.lines.some((l) => l.msg === 'command failed' && l.fields.channel === CHANNEL)).toBe(true);
    } finally {
      h.bus.run = run;
    }

    const next = await interact(h, h.fake.chatInput('countdown', {}, { channelId: CHANNEL }));
    expect(embedText(next.original?.body)).toContain('57 days to go');
  });
});
