/** Who holds a role or a job the article gives someone by name, found once per role. */
import { isPublicRole, roleHolder } from './public-roles.js';
import { NamedPosts } from './named-posts.js';
import { lastBefore } from './line-bounds.js';
import { mentionsByName } from './mention-index.js';

type Mention = { name: string; start: number; end: number };

export class RoleHolders {
  private readonly holds = new Map<string, Map<string, boolean>>();
  private readonly posts: NamedPosts;
  // Where each name is mentioned, built once per article.
  private byName: Map<string, number[]> | undefined;

  /** `plain` is the article's text with its quotations blanked, read when first needed. */
  constructor(
    private readonly mentions: readonly Mention[],
    private readonly plain: () => string,
  ) {
    this.posts = new NamedPosts(mentions);
  }

  /**
   * The person the article gives a public role, trying `first` before the others named before `at`,
   * the last named first. roleHolder reads the whole text for a person, so whether a person holds a
   * role is asked once per role, not for every mention before every role quotation: that was cubic
   * ("Ann Lee spoke. “Yes,” the president said." repeated: 100,000 characters took minutes).
   */
  of(role: string, at: number, first: Array<string | null>): string | null {
    const memo = this.holds.get(role) ?? new Map<string, boolean>();
    this.holds.set(role, memo);
    const holds = (person: string): boolean => {
      let yes = memo.get(person);
      if (yes === undefined) memo.set(person, (yes = roleHolder(this.plain(), role, [person]) !== null));
      return yes;
    };
    for (const person of first) if (person !== null && holds(person)) return person;
    // Of the people named who hold it, the one whose last mention before `at` is latest.
    const byName = (this.byName ??= mentionsByName(this.mentions));
    const before = (i: number): boolean => (this.mentions[i]?.start ?? 0) < at;
    let latest = -1;
    for (const [name, indexes] of byName) if (holds(name)) latest = Math.max(latest, lastBefore(indexes, before));
    return this.mentions[latest]?.name ?? null;
  }

  /** "Fire chief Owen Patterson … the chief said": the person named last before `at` with the job. */
  post(description: string, at: number): string | null {
    return this.posts.holder(this.plain(), description, at);
  }

  /** Who holds an office the article names with a person ("District Attorney Alvin Bragg"), or null. */
  office(office: string, at: number, last: string | null): string | null {
    return isPublicRole(office) ? this.of(office, at, [last]) : this.post(office, at);
  }
}
