/**
 * The secrets a route or resolver URL can carry, and the URL as it may be shown.
 * A DNS-over-HTTPS service may take a user and password (`https://u:pw@dns.example/`)
 * or a key in the query (`?key=…`, `?token=…`): those are credentials like a proxy's
 * password, so the plan, events, reports, history and every message hold the URL
 * with them masked (`https://u:•••@dns.example/dns-query?key=•••`), and the full URL
 * travels beside the plan to the engine only (see PathSecrets in path.ts).
 */

/** What stands in for a secret wherever a URL or a route is shown. */
export const SECRET_MARK = '•••';

export interface SplitUrl {
  /** The URL with its user info's password (or a lone user, which may be a token) and every query value masked; no fragment. */
  shown: string;
  /** The URL as given, without its fragment (never sent); what the engine must use. */
  full: string;
  /** Whether there was a secret to mask (a fragment alone is no secret). */
  hasSecret: boolean;
  /** The secret parts as they appear in `full` and decoded, to scrub them from any text (an error's detail). */
  secrets: string[];
}

/** Splits a parsed URL into what may be shown and what the engine needs. */
export function splitUrlSecrets(url: URL): SplitUrl {
  const secrets: string[] = [];
  let userInfo = '';
  if (url.password !== '') {
    userInfo = `${url.username}:${SECRET_MARK}@`;
    secrets.push(url.password);
  } else if (url.username !== '') {
    // A user without a password is how some services take a token: the whole of it is masked.
    userInfo = `${SECRET_MARK}@`;
    secrets.push(url.username);
  }
  const bare = new URL(url.href);
  bare.hash = '';
  const full = bare.href;
  // The user info sits right after `scheme://` in the serialised URL, the query at its end.
  const authority = `${url.protocol}//`;
  const written = url.password === '' ? `${url.username}@` : `${url.username}:${url.password}@`;
  let shown = userInfo === '' ? full : `${authority}${userInfo}${full.slice(authority.length + written.length)}`;
  if (url.search !== '') {
    const query = url.search
      .slice(1)
      .split('&')
      .map((pair) => maskValue(pair, secrets))
      .join('&');
    shown = `${shown.slice(0, shown.length - url.search.length)}?${query}`;
  }
  return { shown, full, hasSecret: secrets.length > 0, secrets: withDecoded(secrets) };
}

/** `splitUrlSecrets` for text: what is not a URL at all is shown as the mark alone. */
export function splitUrlText(text: string): SplitUrl {
  const url = URL.parse(text);
  return url === null ? { shown: SECRET_MARK, full: text, hasSecret: true, secrets: [text] } : splitUrlSecrets(url);
}

/** The URL as it may be shown; text that is not a URL is shown as the mark alone. */
export function redactUrl(text: string): string {
  return splitUrlText(text).shown;
}

/** `text` with the full URL, and each of its secrets (as written and decoded), replaced by what may be shown. */
export function scrubUrlSecrets(text: string, split: SplitUrl): string {
  const longestFirst = split.secrets.filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
  return longestFirst.reduce(
    (out, secret) => out.replaceAll(secret, SECRET_MARK),
    text.replaceAll(split.full, split.shown),
  );
}

/** `name=value` → `name=•••`; a bare name (a flag) has no value to hide. */
function maskValue(pair: string, secrets: string[]): string {
  const equals = pair.indexOf('=');
  if (equals === -1) return pair;
  const value = pair.slice(equals + 1);
  if (value === '') return pair;
  secrets.push(value);
  return `${pair.slice(0, equals)}=${SECRET_MARK}`;
}

function withDecoded(secrets: readonly string[]): string[] {
  const all = new Set<string>();
  for (const secret of secrets) {
    all.add(secret);
    try {
      all.add(decodeURIComponent(secret.replaceAll('+', ' ')));
    } catch {
      // Not valid percent-encoding: the raw form is the only one there is.
    }
  }
  return [...all];
}
