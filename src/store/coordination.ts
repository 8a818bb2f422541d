import type { SqlDriver } from './sql.js';

/** A scheduled fire of one subscription, taken by one instance. */
export interface Fire {
  platform: string;
  channelId: string;
  /** The schedule's slot (ISO): the same slot is one fire whichever instance's clock got there first. */
  dueAt: string;
  holder: string;
}

/** What several Herald instances on one database agree on: who fires what, and who is alive. */
export interface Coordination {
  /** Takes the fire for `holder`; false when another instance has it already. */
  takeFire(f: Fire, at: string): Promise<boolean>;
  finishFire(f: Fire, at: string): Promise<void>;
  /** Fires not finished whose holder has not said it is alive since `staleBefore` (or has left). */
  orphanFires(staleBefore: string, limit: number): Promise<Fire[]>;
  /** Moves an orphan fire to `holder`; false when another instance moved it first. */
  retakeFire(f: Fire, holder: string, at: string): Promise<boolean>;
  /** Says this instance is alive (first call: it joins). */
  beat(id: string, at: string): Promise<void>;
  /** This instance is leaving: its unfinished fires become orphans at once. */
  leave(id: string): Promise<void>;
  /** Instances that said they were alive since `since`. */
  liveInstances(since: string): Promise<number>;
  /** Deletes finished fires older than `before`. */
  pruneFires(before: string): Promise<number>;
  /**
   * True the first time any instance records the signed request `key` (until `expiresAtMs`), false
   * for a repeat. A key past its expiry counts as new.
   */
  firstSeen(key: string, expiresAtMs: number, nowMs: number): Promise<boolean>;
  /** Forgets requests whose signatures have expired. */
  pruneSeen(nowMs: number): Promise<number>;
}

interface FireRow {
  platform: string;
  channel_id: string;
  due_at: string;
  holder: string;
}

const keyOf = (f: Pick<Fire, 'platform' | 'channelId' | 'dueAt'>): string =>
  JSON.stringify([f.platform, f.channelId, f.dueAt]);

/** Coordination in the shared database, for SQLite and PostgreSQL alike. */
export class SqlCoordination implements Coordination {
  constructor(private readonly db: SqlDriver) {}

  async takeFire(f: Fire, at: string): Promise<boolean> {
    const n = await this.db.run(
      'INSERT INTO fires (key, platform, channel_id, due_at, holder, taken_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      [keyOf(f), f.platform, f.channelId, f.dueAt, f.holder, at],
    );
    return n > 0;
  }

  async finishFire(f: Fire, at: string): Promise<void> {
    await this.db.run('UPDATE fires SET done_at = ? WHERE key = ? AND holder = ?', [at, keyOf(f), f.holder]);
  }

  async orphanFires(staleBefore: string, limit: number): Promise<Fire[]> {
    const rows = await this.db.all<FireRow>(
      `SELECT f.platform, f.channel_id, f.due_at, f.holder FROM fires f LEFT JOIN instances i ON i.id = f.holder
       WHERE f.done_at IS NULL AND (i.id IS NULL OR i.beat_at < ?) ORDER BY f.due_at LIMIT ?`,
      [staleBefore, limit],
    );
    return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id, dueAt: r.due_at, holder: r.holder }));
  }

  async retakeFire(f: Fire, holder: string, at: string): Promise<boolean> {
    return (
      (await this.db.run('UPDATE fires SET holder = ?, taken_at = ? WHERE key = ? AND holder = ? AND done_at IS NULL', [
        holder,
        at,
        keyOf(f),
        f.holder,
      ])) > 0
    );
  }

  async beat(id: string, at: string): Promise<void> {
    await this.db.run(
      'INSERT INTO instances (id, started_at, beat_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at',
      [id, at, at],
    );
  }

  async leave(id: string): Promise<void> {
    await this.db.run('DELETE FROM instances WHERE id = ?', [id]);
  }

  async liveInstances(since: string): Promise<number> {
    return Number(
      (await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM instances WHERE beat_at >= ?', [since]))?.n ?? 0,
    );
  }

  async pruneFires(before: string): Promise<number> {
    return this.db.run('DELETE FROM fires WHERE done_at IS NOT NULL AND done_at < ?', [before]);
  }

  async firstSeen(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    await this.db.run('DELETE FROM seen_requests WHERE key = ? AND expires_at <= ?', [key, nowMs]);
    const n = await this.db.run(
      'INSERT INTO seen_requests (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
      [key, expiresAtMs],
    );
    return n > 0;
  }

  async pruneSeen(nowMs: number): Promise<number> {
    return this.db.run('DELETE FROM seen_requests WHERE expires_at <= ?', [nowMs]);
  }
}
