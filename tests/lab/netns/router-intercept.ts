import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { serveBlockPage } from './router-blockpage.ts';
import { listenAndAnnounce, scriptOptions } from './router-ready.ts';

/**
 * The censor router's TLS interception for `tls-intercept`, run inside the router:
 *
 *   node router-intercept.ts --listen <address>:<port> --cert <chain.pem> --key <key.pem>
 *
 * Connections to a blocked site's port 443 are redirected here (nat REDIRECT). It
 * completes the handshake with a certificate for the site's names issued by the
 * censor's own CA (censor-ca.ts), which the client does not trust, and serves the
 * block page to whoever goes on anyway. The chain sent includes the censor CA, as an
 * interception box that expects its CA to be installed does.
 */

const options = scriptOptions(['cert', 'key']);
const server = createServer({ cert: readFileSync(options.cert), key: readFileSync(options.key) }, serveBlockPage);
await listenAndAnnounce(server, options.listen);
