import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import { UserError } from '../../src/errors.js';
import { describeError, platformError } from './slack-errors.js';

/** How long a users.info answer is trusted: long enough for a burst of commands, short enough that a demoted admin loses access soon. */
export const ADMIN_CACHE_MS = 60_000;
const MAX_CACHED = 1000;

/**
 * Who may change a channel's subscription on Slack: workspace admins and owners (from users.info)
 * and the user ids listed in HERALD_ADMINS. A lookup that fails says so to the person (a UserError),
 * never "only admins may".
 */
export class SlackAdmins {
  /** Who may manage channels on Slack, as a refusal names them ("Only <who> can use /herald subscribe."). */
  // Herald admins are the user ids in HERALD_ADMINS; the setting's name is the self-hoster's, not the reader's.
  readonly who = 'workspace admins and Herald admins';
  private readonly listed: ReadonlySet<string>;
  private readonly cache = new Map<string, { allowed: boolean; until: number }>();

  constructor(
    private readonly usersInfo: (userId: string) => Promise<webApi.UsersInfoResponse>,
    listed: readonly string[],
    private readonly log: Logger,
    private readonly ttlMs = ADMIN_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.listed = new Set(listed);
  }

  async canManage(userId: string): Promise<boolean> {
    if (this.listed.has(userId)) return true;
    const hit = this.cache.get(userId);
    if (hit && hit.until > this.now()) return hit.allowed;
    try {
      const { user } = await this.usersInfo(userId);
      const allowed = user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(userId, { allowed, until: this.now() + this.ttlMs });
      return allowed;
    } catch (err) {
      // Not cached: the next command asks again.
      const code = platformError(err);
      this.log.warn('users.info failed; the user is not let manage channels', {
        user: userId,
        error: describeError(err),
      });
      // Slack knows no such user: not an admin. Any other failure says nothing about the person, who
      // may well be an admin: "Only workspace admins…" would tell them something false.
      if (code === 'user_not_found') return false;
      throw new UserError(
        'forbidden',
        code === 'missing_scope'
          ? 'Herald could not check whether you are a workspace admin: the app lacks the users:read scope (reinstall it from its manifest). Until then, only Herald admins can manage channels here.'
          : `Herald could not check whether you are a workspace admin (Slack: ${describeError(err)}). Please try again in a moment.`,
      );
    }
  }
}
