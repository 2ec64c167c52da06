import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_HOST, APP_SCHEME, appRequestToFilePath } from '../host/app-protocol.ts';
import { respondFromRenderer } from '../host/renderer-response.ts';
import { WEB_CSP } from './web-csp.ts';

/**
 * The app:// URL of a request's path, so the desktop app's mapping and its refusals
 * (encoded slashes, `..`, drive letters, NUL bytes, symlinks out of the folder) apply
 * unchanged. Only origin-form targets (`/path?query`) are served; `//host/…` maps to
 * an empty first segment, which the mapping refuses.
 */
export function webPathToAppUrl(target: string): string | null {
  return target.startsWith('/') ? `${APP_SCHEME}://${APP_HOST}${target}` : null;
}

/** The file of the renderer a request's path names, or null when refused. */
export function webPathToFile(target: string, rendererRoot: string): string | null {
  const url = webPathToAppUrl(target);
  return url === null ? null : appRequestToFilePath(url, rendererRoot);
}

/** Whether the file is a page: pages need the token, the scripts and styles they load do not. */
export function isPage(file: string): boolean {
  return /\.html?$/i.test(file);
}

/**
 * Sends one file of the built renderer with the desktop app's headers, the CSP
 * replaced by the web one; 404 for anything else.
 */
export async function serveRendererFile(
  request: IncomingMessage,
  response: ServerResponse,
  rendererRoot: string,
): Promise<void> {
  const url = webPathToAppUrl(request.url ?? '');
  const answer = url === null ? null : await respondFromRenderer(new Request(url), rendererRoot);
  if (answer === null || answer.status !== 200) {
    response.writeHead(answer?.status ?? 404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  const headers = Object.fromEntries(answer.headers);
  const body = Buffer.from(await answer.arrayBuffer());
  response
    .writeHead(200, {
      ...headers,
      'content-security-policy': WEB_CSP,
      // A rebuilt renderer must not mix with an old one from the browser's cache.
      'cache-control': 'no-cache',
      'content-length': body.length,
    })
    .end(body);
}
