/**
 * The renderer's Content Security Policy in production (Electron security checklist
 * item 7), sent as a response header by the app:// handler so it holds from the
 * first byte. The renderer has no network of its own: every probe runs in the
 * main process, so `connect-src 'none'`. Styles allow inline because Radix
 * primitives and uPlot set `style` attributes; scripts never do.
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The headers of every file the app:// handler serves. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  const extension = /\.[a-z0-9]+$/i.exec(filePath)?.[0].toLowerCase() ?? '';
  return {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'content-security-policy': PRODUCTION_CSP,
    // Without it, a file of one type could be read as another (script from an image).
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}
