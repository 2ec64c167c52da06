import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { CAPTIVE_PORTAL } from './inventory.ts';
import { listenAndAnnounce, scriptOptions } from './router-ready.ts';

/**
 * The censor router's captive portal for `captive-portal`, run inside the router:
 *
 *   node router-portal.ts --listen <address>:<port>
 *
 * Every plain-HTTP connection from the client is redirected here (nat REDIRECT), its
 * destination whatever it was. A request for the portal's own URL gets the login page;
 * any other gets 302 Found to it, carrying the address asked for, as hotel and airport
 * networks answer before one logs in: an operating system's connectivity check (a
 * known URL with a known answer, such as a 204) sees another answer and shows the
 * login page (RFC 8952, the captive portal architecture).
 */

const PORTAL = new URL(CAPTIVE_PORTAL.url);

const LOGIN_PAGE = `<!DOCTYPE html>
<html><head><title>${CAPTIVE_PORTAL.title}</title></head><body>
<h1>Welcome to Lab Wi-Fi</h1>
<form method="post"><label>Room number <input name="room"></label> <button>Connect</button></form>
</body></html>
`;

export function servePortal(request: IncomingMessage, response: ServerResponse): void {
  // The request body, if any, is read and ignored, so that the connection can be reused.
  request.resume();
  const host = request.headers.host ?? '';
  const path = request.url ?? '/';
  if (host === PORTAL.host && path.split('?')[0] === PORTAL.pathname) {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(LOGIN_PAGE),
      'cache-control': 'no-store',
    });
    response.end(LOGIN_PAGE);
    return;
  }
  const asked = `http://${host}${path}`;
  const location = `${CAPTIVE_PORTAL.url}?continue=${encodeURIComponent(asked)}`;
  response.writeHead(302, { location, 'content-length': 0, 'cache-control': 'no-store' });
  response.end();
}

if (import.meta.main) await listenAndAnnounce(createServer(servePortal), scriptOptions([]).listen);
