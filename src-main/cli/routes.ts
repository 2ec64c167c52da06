import { readFile } from 'node:fs/promises';
import type { PathSecrets, PathSpec } from '../shared/path.ts';
import {
  mergePathLists,
  pathsFromArguments,
  pathsFromFile,
  type PathError,
  type PathList,
} from '../shared/path-list.ts';
import { defaultStrategyPaths } from '../shared/path-parse.ts';
import { PATH_ERROR_TEXT } from './messages.ts';

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
}

/** A paths file larger than this is not one somebody wrote. */
const MAX_PATHS_FILE_BYTES = 1024 * 1024;

/** Every route the flags name; bad ones become errors and the good ones are kept. */
export async function collectRoutes(flags: RouteFlags, extra: PathList = { paths: [], errors: [] }): Promise<Routes> {
  const fromFiles = await Promise.all((flags.paths ?? []).map(readPathsFile));
  const strategies: PathList = {
    paths: flags.strategies === true ? defaultStrategyPaths().map((spec) => ({ spec, source: '--strategies' })) : [],
    errors: [],
  };
  const direct: PathList = { paths: [{ spec: { name: 'direct', kind: 'direct' }, source: 'direct' }], errors: [] };
  const merged = mergePathLists(direct, pathsFromArguments(flags.path ?? []), ...fromFiles, strategies, extra);
  const secrets: Record<string, { username: string; password: string }> = {};
  for (const { spec, credentials } of merged.paths) if (credentials !== undefined) secrets[spec.name] = credentials;
  return { paths: merged.paths.map((path) => path.spec), secrets, errors: merged.errors };
}

async function readPathsFile(file: string): Promise<PathList> {
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_PATHS_FILE_BYTES) return { paths: [], errors: [{ source: file, code: 'bad-shape' }] };
    return pathsFromFile(file, bytes.toString('utf8'));
  } catch {
    return { paths: [], errors: [{ source: file, code: 'unreadable' }] };
  }
}

/** One line per bad route: where, which, and what was wrong; never the URL (it may hold a password). */
export function describePathError(error: PathError): string {
  const name = error.name === undefined ? '' : ` route "${error.name}"`;
  return `${error.source}:${name} ${PATH_ERROR_TEXT[error.code]}; skipped`;
}
