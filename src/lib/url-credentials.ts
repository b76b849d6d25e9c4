/**
 * Sign-in information embedded in a URL's authority (scheme://user:password@host/…), as CodeBuild
 * source locations sometimes carry it (FSBP CodeBuild.1). Pure. Names what it found by kind only:
 * no value, and no part of one, leaves this module.
 */
import { detectSecrets, type SecretKind } from './secrets.js';

export interface UrlCredentials {
  /** A user name is present (a user name alone is an identifier, not a credential). */
  hasUser: boolean;
  /** A non-empty password follows the user name ("user:password@"); a redaction marker counts. */
  hasPassword: boolean;
  /** What the secret detector recognises in the user part: a token passed as the user name ("ghp_…@github.com"). */
  userKinds: SecretKind[];
}

/** Scheme, then the authority's user information up to its last "@" before the path. Bounded runs: linear on hostile text. */
const USERINFO = /^[a-z][a-z0-9+.-]{0,31}:\/\/([^/?#\s]{0,2048})@[^/?#\s@]/i;

/** The user information of a URL, or null when it has none (or is not a URL at all: an S3 bucket/key). */
export function urlCredentials(location: string): UrlCredentials | null {
  const m = USERINFO.exec(location);
  if (!m) return null;
  const userinfo = m[1]!;
  const colon = separatorColon(userinfo);
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? '' : userinfo.slice(colon + 1);
  // The user part judged as a value without a telling name: only its format or entropy can flag it.
  const userKinds = user ? (detectSecrets({ url_user: decodeSafely(user) })[0]?.kinds ?? []).filter((k) => k !== 'secret-name') : [];
  return { hasUser: user.length > 0, hasPassword: password.length > 0, userKinds };
}

/** The colon between user and password, skipping those inside a redaction marker ("[REDACTED:github-token]"). */
function separatorColon(userinfo: string): number {
  let depth = 0;
  for (let i = 0; i < userinfo.length; i++) {
    const ch = userinfo[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0) return i;
  }
  return -1;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether the URL carries sign-in information: a password, or a user part that is itself a token. */
export function urlCarriesCredentials(c: UrlCredentials | null): boolean {
  return c !== null && (c.hasPassword || c.userKinds.length > 0);
}
