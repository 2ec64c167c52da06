import { readBoundedText } from '../engine/index.ts';
import { MAX_ROUTES } from '../shared/ipc/run.ts';
import type { PathSecret, PathSecrets, PathSpec } from '../shared/path.ts';
import {
  mergePathLists,
  pathsFromArguments,
  pathsFromFile,
  type PathError,
  type PathList,
} from '../shared/path-list.ts';
import { defaultStrategyPaths, type ParsePathOptions } from '../shared/path-parse.ts';
import { printable } from '../shared/printable.ts';
import { PATH_ERROR_TEXT } from './messages.ts';
import { UsageError } from './options.ts';

export interface RouteFlags {
  path?: string[];
  paths?: string[];
  strategies?: boolean;
}

export interface Routes {
  /** Direct first, then the user's routes in the order given. */
  paths: PathSpec[];
  secrets: PathSecrets;
  errors: PathError[];
  /** Lines to show before the run: a paths file with passwords that others can read. */
  warnings: string[];
}

/** A paths file larger than this is not one somebody wrote. */
const MAX_PATHS_FILE_BYTES = 1024 * 1024;

/** The variable a route's password may come from: `office` → DETOUR_PASSWORD_OFFICE, `my-vpn` → DETOUR_PASSWORD_MY_VPN. */
export function passwordVariable(route: string): string {
  return `DETOUR_PASSWORD_${route.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * Every route the flags name; bad ones become errors and the good ones are kept. A
 * route written with a user and no password (`socks5h://user@host:port`) takes its
 * password from DETOUR_PASSWORD_<NAME>: a command line is readable by every user of
 * the machine (/proc/PID/cmdline), the environment only by the same user.
 * More routes than the app takes (MAX_ROUTES, direct included) is a usage error.
 */
export async function collectRoutes(
  flags: RouteFlags,
  extra: PathList = { paths: [], errors: [] },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Routes> {
  const options: ParsePathOptions = { passwordFor: (route) => env[passwordVariable(route)] };
  const warnings: string[] = [];
  const fromFiles = await Promise.all((flags.paths ?? []).map((file) => readPathsFile(file, options, warnings)));
  const strategies: PathList = {
    paths: flags.strategies === true ? defaultStrategyPaths().map((spec) => ({ spec, source: '--strategies' })) : [],
    errors: [],
  };
  const direct: PathList = { paths: [{ spec: { name: 'direct', kind: 'direct' }, source: 'direct' }], errors: [] };
  const merged = mergePathLists(direct, pathsFromArguments(flags.path ?? [], options), ...fromFiles, strategies, extra);
  if (merged.paths.length > MAX_ROUTES) {
    throw new UsageError(
      `${merged.paths.length} routes given (direct included); Detour measures over at most ${MAX_ROUTES} at once, as the app does`,
    );
  }
  const secrets: Record<string, PathSecret> = {};
  for (const { spec, credentials, secretUrl, secretKey } of merged.paths) {
    if (credentials !== undefined) secrets[spec.name] = credentials;
    if (secretUrl !== undefined) secrets[spec.name] = { url: secretUrl };
    if (secretKey !== undefined) secrets[spec.name] = { key: secretKey };
  }
  return { paths: merged.paths.map((path) => path.spec), secrets, errors: merged.errors, warnings };
}

/** A paths file, read bounded (read-bounded.ts); one holding secrets that others may read gets a warning. */
async function readPathsFile(file: string, options: ParsePathOptions, warnings: string[]): Promise<PathList> {
  const read = await readBoundedText(file, { limit: MAX_PATHS_FILE_BYTES, purpose: 'routes file' });
  if (!read.ok) {
    const code = read.error.code === 'too-large' || read.error.code === 'not-a-file' ? read.error.code : 'unreadable';
    return { paths: [], errors: [{ source: file, code: read.error.code === 'not-text' ? 'bad-json' : code }] };
  }
  const list = pathsFromFile(file, read.value, options);
  const holdsSecrets = list.paths.some(
    (path) => path.credentials !== undefined || path.secretUrl !== undefined || path.secretKey !== undefined,
  );
  // Group or others may read it (mode 0o077): the passwords in it are theirs too.
  if (holdsSecrets && (read.mode & 0o077) !== 0) {
    warnings.push(
      `${file} holds passwords and other users of this computer can read it; make it yours alone: chmod 600 ${file}`,
    );
  }
  return list;
}

/** One line per bad route: where, which, and what was wrong; never the URL (it may hold a password). */
export function describePathError(error: PathError): string {
  const name = error.name === undefined ? '' : ` route "${printable(error.name, 64)}"`;
  const text =
    error.code === 'missing-password' && error.name !== undefined
      ? `the route has a user but no password: set ${passwordVariable(error.name)}, or write user:password in the URL`
      : PATH_ERROR_TEXT[error.code];
  return `${error.source}:${name} ${text}; skipped`;
}
