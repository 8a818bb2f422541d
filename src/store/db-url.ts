// The user and password of a postgres:// URL. The password runs to the last "@" before the host, as
// the URL standard and the pg driver read it, so an "@" typed into a password unencoded is still in it.
const USERINFO = /^(postgres(?:ql)?:\/\/[^:/@]*:)([^/]*)@/i;

/**
 * The password of a postgres:// URL as the server gets it (percent-decoded, or as written where it
 * cannot be, as pg does: "50%off"), or null when there is none. Used to mask it in every log line.
 */
export function dbPassword(url: string): string | null {
  const raw = USERINFO.exec(url)?.[2];
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A connection URL with its whole password replaced, for messages and logs. */
export function hidePassword(url: string): string {
  return url.replace(USERINFO, '$1***@');
}
