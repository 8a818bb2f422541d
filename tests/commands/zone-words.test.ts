import { describe, expect, it } from 'vitest';
import { makeWorld } from '../support/services.js';
import { replyText } from '../support/reply-text.js';

const me = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };

describe('/subscribe with a zone abbreviation that names several zones', () => {
  it('refuses "BST" (read by the runtime as Bangladesh) with the places to choose from, and stores nothing', async () => {
    const w = await makeWorld();
    const typed = await w.bus.runText('subscribe daily 08:00 BST', me);
    expect(typed).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(replyText(typed)).toMatch(
      /^"BST" may mean British Summer Time or Bangladesh Standard Time: give the place instead, e\.g\. Europe\/London or Asia\/Dhaka/,
    );
    // Discord's boxes: the zone at the end of the schedule, or in its own box, in any case.
    expect(replyText(await w.bus.run('subscribe', { schedule: 'daily 08:00 IST' }, me))).toMatch(
      /^"IST" may mean India/,
    );
    expect(replyText(await w.bus.run('subscribe', { schedule: 'daily 08:00', timezone: 'ast' }, me))).toMatch(
      /^"ast" may mean Atlantic or Arabia Standard Time: give the place instead, e\.g\. America\/Halifax/,
    );
    expect(await w.store.getSubscription('test', 'c1')).toBeNull();
  });

  it('takes the place, and a later change that gives no zone keeps it', async () => {
    const w = await makeWorld();
    expect(replyText(await w.bus.runText('subscribe daily 08:00 Europe/London', me))).toMatch(
      /^Subscribed: digests here daily 08:00 \(Europe\/London\)\./,
    );
    expect(replyText(await w.bus.runText('subscribe format:roundup', me))).toMatch(/\(Europe\/London\)/);
    expect((await w.store.getSubscription('test', 'c1'))?.timeZone).toBe('Europe/London');
  });
});

describe('/subscribe with a fixed-offset Etc/GMT zone', () => {
  it('says which way it counts, since Etc/GMT+2 is two hours behind UTC', async () => {
    const w = await makeWorld();
    expect(replyText(await w.bus.runText('subscribe daily 08:00 Etc/GMT+2', me))).toMatch(
      /\(Etc\/GMT\+2\)\. Etc\/GMT\+2 is UTC−2: these names count the other way round \(for UTC\+2 use Etc\/GMT-2\)\./,
    );
    expect(replyText(await w.bus.runText('subscribe timezone:Etc/GMT-5', me))).toMatch(
      /Etc\/GMT-5 is UTC\+5: these names count the other way round \(for UTC−5 use Etc\/GMT\+5\)\./,
    );
    expect(replyText(await w.bus.runText('subscribe timezone:Etc/GMT', me))).not.toMatch(/other way round/);
  });
});
