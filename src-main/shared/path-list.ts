import {
  parsePath,
  parsePathArgument,
  routeNameOf,
  type ParsedPath,
  type ParsePathOptions,
  type PathErrorCode,
} from './path-parse.ts';

/**
 * A set of routes from several sources (`--path` arguments, a paths file, the
 * strategies, detected local tools), checked as a whole: names must be unique, and
 * each bad entry is one error with where it came from; the good ones are kept.
 */
export interface PathError {
  /** Where: `--path 2`, `paths.json: paths[3]`. */
  source: string;
  /** A route's own mistake, or one of its file: not JSON, not the expected shape, unreadable, too large, not a file. */
  code: PathErrorCode | 'bad-json' | 'bad-shape' | 'unreadable' | 'too-large' | 'not-a-file';
  /** The name, when there is one: never the URL, which may carry a password. */
  name?: string;
}

/** A good route and where it was given. */
export type ListedPath = ParsedPath & { source: string };

export interface PathList {
  paths: ListedPath[];
  errors: PathError[];
}

export function pathsFromArguments(texts: readonly string[], options: ParsePathOptions = {}): PathList {
  const list: PathList = { paths: [], errors: [] };
  texts.forEach((text, index) => {
    // Only a valid name is repeated: before an "=" there may be a piece of a URL with
    // a password (`socks5h://user:pa=ss@…` has no name, and its "name" is a secret).
    add(list, `--path ${index + 1}`, parsePathArgument(text, options), routeNameOf(text));
  });
  return list;
}

/**
 * A paths file: `{"paths": [{"name": "office", "url": "socks5h://…"}]}` or the bare
 * array. JSON.parse's own message is kept: it says where the syntax broke.
 */
export function pathsFromFile(source: string, text: string, options: ParsePathOptions = {}): PathList {
  const list: PathList = { paths: [], errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    list.errors.push({ source, code: 'bad-json' });
    return list;
  }
  const entries = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json['paths']) ? json['paths'] : null;
  if (entries === null) {
    list.errors.push({ source, code: 'bad-shape' });
    return list;
  }
  entries.forEach((entry: unknown, index) => {
    const where = `${source}: paths[${index}]`;
    if (!isRecord(entry) || typeof entry['name'] !== 'string' || typeof entry['url'] !== 'string') {
      list.errors.push({ source: where, code: 'bad-shape' });
      return;
    }
    add(list, where, parsePath(entry['name'].trim(), entry['url'].trim(), options), entry['name']);
  });
  return list;
}

/** Joins lists in order; a name seen before becomes a duplicate-name error. */
export function mergePathLists(...lists: PathList[]): PathList {
  const merged: PathList = { paths: [], errors: [] };
  const names = new Set<string>();
  for (const list of lists) {
    merged.errors.push(...list.errors);
    for (const path of list.paths) {
      if (names.has(path.spec.name)) {
        merged.errors.push({ source: path.source, code: 'duplicate-name', name: path.spec.name });
      } else {
        names.add(path.spec.name);
        merged.paths.push(path);
      }
    }
  }
  return merged;
}

function add(list: PathList, source: string, parsed: ReturnType<typeof parsePath>, name: string | undefined): void {
  if (parsed.ok) {
    const { spec, credentials, secretUrl, secretKey } = parsed;
    list.paths.push({
      spec,
      source,
      ...(credentials === undefined ? {} : { credentials }),
      ...(secretUrl === undefined ? {} : { secretUrl }),
      ...(secretKey === undefined ? {} : { secretKey }),
    });
  } else {
    list.errors.push({ source, code: parsed.code, ...(name === undefined || name === '' ? {} : { name }) });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
