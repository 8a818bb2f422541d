import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL, FakeDiscord } from '../../fakes/discord.js';

// The fake refuses what Discord refuses (limits from Discord's OpenAPI spec, discord/discord-api-spec,
// and its docs), so a Herald that passes the adapter tests passes Discord too.
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.close());

async function call(
  method: string,
  route: string,
  body: unknown,
  bot = true,
): Promise<{ status: number; body: { code?: number; errors?: string[] } }> {
  const res = await fetch(`${fake.apiUrl}/v10${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(bot ? { authorization: `Bot ${fake.token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as { code?: number; errors?: string[] }) : {} };
}

const post = (embed: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  call('POST', '/channels/200000000000000001/messages', { embeds: [embed], ...extra });

describe('the fake Discord is as strict as Discord', () => {
  it('refuses embeds Discord refuses, and takes the ones at the limits', async () => {
    const refused: Array<[string, Record<string, unknown>, Record<string, unknown>?]> = [
      ['url over 2,048', { title: 'T', url: `https://news.example/${'a'.repeat(2030)}` }],
      ['url not a URI', { title: 'T', url: 'https://news.example/a b' }],
      ['url another scheme', { title: 'T', url: 'ftp://news.example/a' }],
      ['author name over 256', { description: 'x', author: { name: 'n'.repeat(257) } }],
      [
        'author name counted in the 6,000',
        {
          description: 'd'.repeat(4096),
          title: 't'.repeat(256),
          footer: { text: 'f'.repeat(1500) },
          author: { name: 'a'.repeat(200) },
        },
      ],
      ['color over 0xFFFFFF', { description: 'x', color: 0x1000000 }],
      ['color negative', { description: 'x', color: -1 }],
      ['ephemeral on a channel post', { description: 'x' }, { flags: EPHEMERAL }],
    ];
    for (const [what, embed, extra] of refused) {
      const r = await post(embed, extra);
      expect(r.status, what).toBe(400);
      expect(r.body.code, what).toBe(50035);
    }
    const taken: Array<[string, Record<string, unknown>, Record<string, unknown>?]> = [
      [
        'url of 2,048',
        { title: 'T', url: `https://news.example/${'a'.repeat(2048 - 'https://news.example/'.length)}` },
      ],
      ['color 0xFFFFFF', { description: 'x', color: 0xffffff }],
      [
        '6,000 with the author',
        {
          description: 'd'.repeat(4096),
          title: 't'.repeat(256),
          footer: { text: 'f'.repeat(1448) },
          author: { name: 'a'.repeat(200) },
        },
      ],
      ['suppressed notifications', { description: 'x' }, { flags: 1 << 12 }],
    ];
    for (const [what, embed, extra] of taken) expect((await post(embed, extra)).status, what).toBe(200);
  });

  it('takes only the callback types and flags an interaction allows, and choices of 1–100 characters', async () => {
    const command = fake.sendInteraction(fake.chatInput('digest'));
    const cb = (it: { id: string; token: string }, body: unknown) =>
      call('POST', `/interactions/${it.id}/${it.token}/callback`, body, false);
    expect((await cb(command, { type: 8, data: { choices: [] } })).status).toBe(400);
    expect((await cb(command, { type: 5, data: { flags: 1 << 2 } })).status).toBe(400);
    expect((await cb(command, { type: 5, data: { flags: EPHEMERAL } })).status).toBe(204);

    for (const choices of [
      [{ name: '', value: 'a' }],
      [{ name: 'n'.repeat(101), value: 'a' }],
      [{ name: 'a', value: 'v'.repeat(101) }],
      [{ name: 'a', value: '' }],
    ]) {
      const auto = fake.sendInteraction(fake.autocomplete('quotes', { speaker: 'z' }, 'speaker'));
      expect((await cb(auto, { type: 8, data: { choices } })).status, JSON.stringify(choices).slice(0, 40)).toBe(400);
    }
    const auto = fake.sendInteraction(fake.autocomplete('quotes', { speaker: 'z' }, 'speaker'));
    expect((await cb(auto, { type: 4, data: { content: 'no' } })).status).toBe(400);
    expect(
      (await cb(auto, { type: 8, data: { choices: [{ name: 'n'.repeat(100), value: 'v'.repeat(100) }] } })).status,
    ).toBe(204);
  });

  it('edits and follow-ups take their own flags, and the token stops working after 15 minutes', async () => {
    const it = fake.sendInteraction(fake.chatInput('quotes'));
    await call('POST', `/interactions/${it.id}/${it.token}/callback`, { type: 5, data: { flags: EPHEMERAL } }, false);
    const hook = `/webhooks/${fake.applicationId}/${it.token}`;
    expect(
      (await call('PATCH', `${hook}/messages/@original`, { embeds: [{ description: 'x' }], flags: EPHEMERAL }, false))
        .status,
    ).toBe(400);
    expect((await call('PATCH', `${hook}/messages/@original`, { embeds: [{ description: 'x' }] }, false)).status).toBe(
      200,
    );
    expect((await call('POST', hook, { embeds: [{ description: 'more' }], flags: EPHEMERAL }, false)).status).toBe(200);
    const realNow = fake.now;
    fake.now = () => realNow() + 15 * 60_000 + 1000;
    try {
      const late = await call('POST', hook, { embeds: [{ description: 'late' }], flags: EPHEMERAL }, false);
      expect(late).toMatchObject({ status: 401, body: { code: 50027 } });
      expect(
        (await call('PATCH', `${hook}/messages/@original`, { embeds: [{ description: 'late' }] }, false)).status,
      ).toBe(401);
    } finally {
      fake.now = realNow;
    }
  });
});
