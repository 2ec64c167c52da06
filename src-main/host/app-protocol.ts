import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * The renderer is served from `app://detour/…` rather than `file://` (Electron security
 * checklist item 18): a file: page may read any file the user can, an app: page only
 * what the handler below maps into the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'detour';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The file an app:// request asks for inside `rendererRoot`, or null when the request
 * is for another host or would leave the folder. The URL parser has already removed
 * `..` segments (also `%2e%2e`); what is left to refuse is what decoding brings back:
 * `%2f` or `%5c` inside a segment, a decoded `..`, a drive letter, a NUL byte.
 * The query string and fragment are ignored.
 */
export function appRequestToFilePath(requestUrl: string, rendererRoot: string): string | null {
  const url = URL.parse(requestUrl);
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;
  // `app://detour` has an empty path to the WHATWG parser (Chromium adds the slash).
  const segments = (url.pathname === '' ? '/' : url.pathname).split('/').slice(1);
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  const decoded: string[] = [];
  for (const segment of segments) {
    const name = decodeSegment(segment);
    if (name === null) return null;
    decoded.push(name);
  }
  const file = join(rendererRoot, ...decoded);
  return isInside(rendererRoot, file) ? file : null;
}

function decodeSegment(segment: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return null; // malformed percent-encoding
  }
  if (name === '' || name === '.' || name === '..') return null;
  return /[/\\:\0]/.test(name) ? null : name;
}

/** Whether `file` lies inside `folder` (checked again after symlinks are resolved). */
export function isInside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
