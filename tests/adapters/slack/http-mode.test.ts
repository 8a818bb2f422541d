import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_SIGNING_SECRET, signRequest } from '../../fakes/slack.js';
import { SEED_QUOTES, blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('Slack adapter, HTTP mode (real Bolt against the fake)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterEach(async () => {
    await h.close();
  });

  it('verifies its token with auth.test at start, against SLACK_API_URL', () => {
    const auth = h.fake.calls('auth.test');
    expect(auth).toHaveLength(1);
    expect(auth[0]?.authorization).toBe('Bearer xoxb-fake-bot-token');
  });

  it('acks a signed /herald quotes with an empty 200, then sends both Zelenskyy quotes in full to response_url, privately', async () => {
    const url = h.fake.responseUrl();
    const started = Date.now();
    const res = await h.postCommand(slashCommand({ text: 'quotes', response_url: url }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(Date.now() - started).toBeLessThan(3000);

    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the quotes at response_url');
    await settle(200);
    const posts = h.fake.responsesTo(url);
    expect(posts).toHaveLength(1);
    const body = posts[0]?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    expect(body.unfurl_links).toBe(false);
    const texts = blockTexts(body.blocks).join('\n');
    for (const q of SEED_QUOTES) expect(texts).toContain(q);
    expect(texts).toContain('*Volodymyr Zelenskyy*');
    expect(typeof body.text).toBe('string');
  });

  it('posts /herald digest in the channel, and public:true makes quotes public', async () => {
    const digestUrl = h.fake.responseUrl();
    expect((await h.postCommand(slashCommand({ text: 'digest', response_url: digestUrl }))).status).toBe(200);
    const quotesUrl = h.fake.responseUrl();
    expect((await h.postCommand(slashCommand({ text: 'quotes public:true', response_url: quotesUrl }))).status).toBe(
      200,
    );
    await h.fake.waitFor(
      () => h.fake.responsesTo(digestUrl).length >= 1 && h.fake.responsesTo(quotesUrl).length >= 1,
      5000,
      'both answers',
    );
    const digest = h.fake.responsesTo(digestUrl)[0]?.body ?? {};
    expect(digest.response_type).toBe('in_channel');
    const blocks = digest.blocks as Array<{ type: string }>;
    expect(blocks[0]?.type).toBe('header');
    // The core's hint "/quotes article:…" reads as the Slack command.
    expect(blockTexts(blocks).join('\n')).toContain('/herald quotes article:2024-11-24-kursk');
    expect(h.fake.responsesTo(quotesUrl)[0]?.body.response_type).toBe('in_channel');
  });

  it('answers unknown subcommands and bad options with private help that names /herald', async () => {
    const url = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: 'frobnicate', response_url: url }));
    // One message: what went wrong, then the help.
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'help');
    const [help] = h.fake.responsesTo(url).map((r) => r.body);
    expect(help?.response_type).toBe('ephemeral');
    const text = blockTexts(help?.blocks).join('\n');
    expect(text).toMatch(/^Unknown command "frobnicate"/);
    expect(text).toContain('/herald quotes');
    expect(text).not.toMatch(/(^|\s)\/quotes/);
    // The help for typed commands, as a bare /herald shows it: not Discord's option boxes.
    expect(text).toContain('Give options in order or as name:value');
    expect(text).toContain('/herald sources [list | add URL | remove ID]');
    expect(text).not.toMatch(/Discord|True\|False|\[action:…\]/);

    // Slack sends the typed text escaped; the core sees it as typed, and the answer is escaped once.
    const bad = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: 'digest AT&amp;T', response_url: bad }));
    await h.fake.waitFor(() => h.fake.responsesTo(bad).length >= 1, 5000, 'the error');
    const error = h.fake.responsesTo(bad)[0]?.body ?? {};
    expect(error.response_type).toBe('ephemeral');
    expect(blockTexts(error.blocks).join('\n')).toContain('No article "AT&amp;T". /herald articles lists them.');
  });

  it('a bare /herald shows the help, privately', async () => {
    const url = h.fake.responseUrl();
    await h.postCommand(slashCommand({ text: '', response_url: url }));
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'help');
    await settle(200);
    const bodies = h.fake.responsesTo(url).map((r) => r.body);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.response_type).toBe('ephemeral');
    expect(blockTexts(bodies[0]?.blocks).join('\n')).toContain('/herald subscribe');
  });

  it('a failure inside the command is logged and the user gets a private "Something went wrong"', async () => {
    h.bus.runText = async () => {
      throw new Error('boom');
    };
    const url = h.fake.responseUrl();
    expect((await h.postCommand(slashCommand({ text: 'quotes', response_url: url }))).status).toBe(200);
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the apology');
    const body = h.fake.responsesTo(url)[0]?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toMatch(/^Something went wrong/);
    expect(h.logs.some((l) => l.includes('command failed') && l.includes('boom'))).toBe(true);
  });

  describe('requests that are not from Slack get 401 and change nothing', () => {
    const subscribeAsAdmin = (url: string) =>
      slashCommand({ text: 'subscribe daily 08:00 UTC', user_id: 'U0ADMIN', response_url: url });
    const cases: Array<[string, (body: string) => Record<string, string>]> = [
      ['a bad signature', (body) => signRequest('not-the-signing-secret', body)],
      ['no signature', () => ({})],
      [
        'a timestamp over 5 minutes old',
        (body) => signRequest(FAKE_SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60),
      ],
      // Bolt alone accepts these (it only checks the past); Slack's guide says 5 minutes either way.
      [
        'a timestamp 6 minutes in the future',
        (body) => signRequest(FAKE_SIGNING_SECRET, body, Math.floor(Date.now() / 1000) + 6 * 60),
      ],
      [
        'a timestamp an hour in the future',
        (body) => signRequest(FAKE_SIGNING_SECRET, body, Math.floor(Date.now() / 1000) + 60 * 60),
      ],
      [
        'a timestamp that is not a number',
        (body) => ({ ...signRequest(FAKE_SIGNING_SECRET, body), 'x-slack-request-timestamp': 'soon' }),
      ],
      ['a signature over a different body', () => signRequest(FAKE_SIGNING_SECRET, 'text=quotes')],
    ];
    for (const [name, headers] of cases) {
      it(`${name}`, async () => {
        const url = h.fake.responseUrl();
        const fields = subscribeAsAdmin(url);
        const res = await h.postCommand(fields, headers(new URLSearchParams(fields).toString()));
        expect(res.status).toBe(401);
        await settle();
        expect(h.fake.responsesTo(url)).toHaveLength(0);
        expect(h.fake.calls('users.info')).toHaveLength(0);
        expect(await h.store.listSubscriptions()).toHaveLength(0);
      });
    }

    it('while the same request, correctly signed, does subscribe (the check above can see a change)', async () => {
      const url = h.fake.responseUrl();
      expect((await h.postCommand(subscribeAsAdmin(url))).status).toBe(200);
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the confirmation');
      expect(await h.store.listSubscriptions()).toHaveLength(1);
    });
  });

  it('a second delivery of the same signed request gets an empty 200 and runs nothing; a fresh signature runs again', async () => {
    const url = h.fake.responseUrl();
    const fields = slashCommand({
      text: 'subscribe daily 08:00 UTC',
      user_id: 'U0ADMIN',
      channel_id: 'C0REPLAY',
      response_url: url,
    });
    const body = new URLSearchParams(fields).toString();
    const signed = signRequest(FAKE_SIGNING_SECRET, body);
    expect((await h.postCommand(fields, signed)).status).toBe(200);
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the confirmation');
    await h.store.removeSubscription('slack', 'C0REPLAY');

    const replay = await h.postCommand(fields, signed);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    await settle();
    expect(h.fake.responsesTo(url)).toHaveLength(1);
    expect(await h.store.getSubscription('slack', 'C0REPLAY')).toBeNull();
    expect(h.logs.some((l) => l.includes('slack request replayed; ignored'))).toBe(true);

    // The same command sent again by Slack is signed anew (a later timestamp) and is answered.
    const later = signRequest(FAKE_SIGNING_SECRET, body, Math.floor(Date.now() / 1000) + 1);
    expect((await h.postCommand(fields, later)).status).toBe(200);
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 2, 5000, 'the second confirmation');
    expect(await h.store.getSubscription('slack', 'C0REPLAY')).not.toBeNull();
  });

  describe('subscribe and unsubscribe are for admins, owners and HERALD_ADMINS', () => {
    it('a member who is not an admin gets a private refusal and nothing is stored', async () => {
      const url = h.fake.responseUrl();
      await h.postCommand(
        slashCommand({
          text: 'subscribe daily 08:00 Europe/Kyiv',
          user_id: 'U0READER',
          channel_id: 'C0NEWS',
          response_url: url,
        }),
      );
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the refusal');
      const body = h.fake.responsesTo(url)[0]?.body ?? {};
      expect(body.response_type).toBe('ephemeral');
      expect(String(body.text)).toMatch(/^Only workspace admins and Herald admins can use \/herald subscribe\.(\n|$)/);
      expect(await h.store.listSubscriptions()).toHaveLength(0);
      expect(h.fake.calls('users.info').map((r) => r.body.user)).toEqual(['U0READER']);
      const refusals = h.logs.filter((l) => l.includes('command refused'));
      expect(refusals).toHaveLength(1);
      expect(refusals[0]).toMatch(/"command":"subscribe".*"user":"U0READER"/);
    });

    it('commands anyone may use never look the user up', async () => {
      for (const text of ['quotes', 'status', '', 'nonsense']) {
        const url = h.fake.responseUrl();
        await h.postCommand(slashCommand({ text, user_id: 'U0READER', channel_id: 'C0NEWS', response_url: url }));
        await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, `the answer to "${text}"`);
      }
      expect(h.fake.calls('users.info')).toHaveLength(0);
      expect(h.logs.some((l) => l.includes('command refused'))).toBe(false);
    });

    it('in a channel the app is not in, the admin is told to invite it, privately, and nothing is stored', async () => {
      h.fake.setHistoryError('C0OUTSIDE', 'not_in_channel');
      const url = h.fake.responseUrl();
      await h.postCommand(
        slashCommand({ text: 'subscribe daily 08:00', user_id: 'U0ADMIN', channel_id: 'C0OUTSIDE', response_url: url }),
      );
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the refusal');
      const body = h.fake.responsesTo(url)[0]?.body ?? {};
      expect(body.response_type).toBe('ephemeral');
      expect(String(body.text)).toContain('Herald is not a member of this channel: invite it with /invite @Herald.');
      expect(await h.store.getSubscription('slack', 'C0OUTSIDE')).toBeNull();
      h.fake.setHistoryError('C0OUTSIDE', null);
    });

    it('a subscription in a DM between people is refused; in Herald’s own DM it is made', async () => {
      // The manifest has no im:history: the DM is judged by conversations.open (im:write) alone.
      const refused = h.fake.responseUrl();
      await h.postCommand(
        slashCommand({
          text: 'subscribe daily 08:00',
          user_id: 'U0ADMIN',
          channel_id: 'D0PEOPLE',
          response_url: refused,
        }),
      );
      await h.fake.waitFor(() => h.fake.responsesTo(refused).length >= 1, 5000, 'the refusal');
      expect(String(h.fake.responsesTo(refused)[0]?.body.text)).toContain(
        'Herald cannot post in a direct message between people',
      );
      expect(await h.store.getSubscription('slack', 'D0PEOPLE')).toBeNull();
      const own = h.fake.responseUrl();
      await h.postCommand(
        slashCommand({ text: 'subscribe daily 08:00', user_id: 'U0ADMIN', channel_id: 'DU0ADMIN', response_url: own }),
      );
      await h.fake.waitFor(() => h.fake.responsesTo(own).length >= 1, 5000, 'the confirmation');
      expect(await h.store.getSubscription('slack', 'DU0ADMIN')).toMatchObject({ cron: '0 8 * * *' });
      await h.postCommand(
        slashCommand({
          text: 'unsubscribe',
          user_id: 'U0ADMIN',
          channel_id: 'DU0ADMIN',
          response_url: h.fake.responseUrl(),
        }),
      );
    });

    it('a workspace admin subscribes the channel', async () => {
      const url = h.fake.responseUrl();
      await h.postCommand(
        slashCommand({
          text: 'subscribe daily 08:00 Europe/Kyiv',
          user_id: 'U0ADMIN',
          channel_id: 'C0NEWS',
          response_url: url,
        }),
      );
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the confirmation');
      expect(h.fake.responsesTo(url)[0]?.body.response_type).toBe('ephemeral');
      const sub = await h.store.getSubscription('slack', 'C0NEWS');
      expect(sub).toMatchObject({
        cron: '0 8 * * *',
        timeZone: 'Europe/Kyiv',
        createdBy: 'U0ADMIN',
        pausedReason: null,
      });
    });

    it('an owner may too, and the answer is cached briefly (one users.info for two commands)', async () => {
      for (const text of ['subscribe hourly', 'unsubscribe']) {
        const url = h.fake.responseUrl();
        await h.postCommand(slashCommand({ text, user_id: 'U0OWNER', channel_id: 'C0OPS', response_url: url }));
        await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, text);
      }
      expect(h.fake.calls('users.info')).toHaveLength(1);
      expect(await h.store.getSubscription('slack', 'C0OPS')).toBeNull();
    });

    it('a user listed in HERALD_ADMINS subscribes without being a workspace admin, with no users.info call', async () => {
      const url = h.fake.responseUrl();
      await h.postCommand(
        slashCommand({
          text: 'subscribe weekdays 07:30',
          user_id: 'U0LISTED',
          channel_id: 'C0LISTED',
          response_url: url,
        }),
      );
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the confirmation');
      expect(await h.store.getSubscription('slack', 'C0LISTED')).toMatchObject({
        createdBy: 'U0LISTED',
        cron: '30 7 * * 1-5',
      });
      expect(h.fake.calls('users.info')).toHaveLength(0);
    });

    it('when users.info fails, the user is refused (never an error)', async () => {
      const url = h.fake.responseUrl();
      await h.postCommand(slashCommand({ text: 'subscribe', user_id: 'U0STRANGER', response_url: url }));
      await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 5000, 'the refusal');
      expect(h.fake.responsesTo(url)[0]?.body.response_type).toBe('ephemeral');
      expect(await h.store.listSubscriptions()).toHaveLength(0);
      expect(h.logs.some((l) => l.includes('users.info failed') && l.includes('user_not_found'))).toBe(true);
    });
  });
});
