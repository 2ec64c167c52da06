import { readFile, realpath } from 'node:fs/promises';
import { appRequestToFilePath, isInside } from './app-protocol.ts';
import { appResponseHeaders } from './csp.ts';

/**
 * The answer to one app:// request: a file of the built renderer with the production
 * headers, or 404. Symbolic links are followed only when they stay inside the folder.
 */
export async function respondFromRenderer(request: Request, rendererRoot: string): Promise<Response> {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  const file = appRequestToFilePath(request.url, rendererRoot);
  if (file === null) return notFound();
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rendererRoot), realpath(file)]);
    if (!isInside(realRoot, realFile)) return notFound();
    return new Response(await readFile(realFile), { status: 200, headers: appResponseHeaders(realFile) });
  } catch {
    return notFound(); // missing, a folder, unreadable
  }
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}
