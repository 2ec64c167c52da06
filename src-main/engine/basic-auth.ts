/**
 * HTTP Basic credentials (RFC 7617 §2): "Basic " and the base64 of the UTF-8 of
 * user-id ":" password. For a CONNECT proxy's Proxy-Authorization and a DoH
 * service's Authorization alike.
 */
export function basicCredentials(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * The Authorization a URL's user info asks for, and the URL without it: an HTTP
 * client sends no user info (RFC 9110 §4.2.4 forbids it in a request), so a DoH URL
 * written `https://user:pw@dns.example/` means Basic credentials.
 */
export function splitUserInfo(url: URL): { url: URL; authorization?: string } {
  if (url.username === '' && url.password === '') return { url };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  return { url: bare, authorization: basicCredentials(decoded(url.username), decoded(url.password)) };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not valid percent-encoding: taken as written
  }
}
