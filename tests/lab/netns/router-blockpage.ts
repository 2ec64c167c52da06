import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { BLOCK_PAGE_TITLE } from './inventory.ts';
import { listenAndAnnounce, scriptOptions } from './router-ready.ts';

/**
 * The censor router's transparent proxy for `http-blockpage`, run inside the router:
 *
 *   node router-blockpage.ts --listen <address>:<port>
 *
 * Connections to a blocked site's port 80 are redirected here (nat REDIRECT), and
 * every request, whatever its Host and path, gets the lab's block page with status
 * 200, as many national filters answer. router-intercept.ts serves the same page.
 */

const BLOCK_PAGE = `<!DOCTYPE html>
<html><head><title>${BLOCK_PAGE_TITLE}</title></head><body>
<h1>Access denied</h1>
<p>This resource has been blocked by the lab's censor router.</p>
</body></html>
`;

export function serveBlockPage(request: IncomingMessage, response: ServerResponse): void {
  // The request body, if any, is read and ignored, so that the connection can be reused.
  request.resume();
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(BLOCK_PAGE),
  });
  response.end(BLOCK_PAGE);
}

if (import.meta.main) await listenAndAnnounce(createServer(serveBlockPage), scriptOptions([]).listen);
