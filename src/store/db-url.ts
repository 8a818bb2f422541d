// The user and password of a postgres:// URL. The password runs to the last "@" before the host, as
// the URL standard and the pg driver read it, so an "@" typed into a password unencoded is still in it.
const USERINFO = /^(postgres(?:ql)?:\/\/[^:/@]*:)([^/]*)@/i;
// A password given as a query parameter (postgres://herald@db/herald?password=…), which pg and libpq
// read as well: up to the next parameter or a fragment.
const QUERY_PASSWORD = /([?&]password=)([^&#]*)/gi;

// As the server gets it (percent-decoded, or as written where it cannot be, as pg does: "50%off").
function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The passwords of a postgres:// URL as the server gets them: the one before the host and any
 * `password=` query parameter. Used to mask them in every log line.
 */
export function dbPasswords(url: string): string[] {
  if (!/^postgres(?:ql)?:/i.test(url)) return [];
  const raw = [USERINFO.exec(url)?.[2], ...[...url.matchAll(QUERY_PASSWORD)].map((m) => m[2])];
  return raw.filter((p): p is string => !!p).flatMap((p) => [...new Set([decoded(p), p])]);
}

/** A connection URL with its whole password replaced (before the host and in the query), for messages and logs. */
export function hidePassword(url: string): string {
  if (!/^postgres(?:ql)?:/i.test(url)) return url;
  return url.replace(USERINFO, '$1***@').replace(QUERY_PASSWORD, '$1***');
}
