import { parsePath, type PathErrorCode } from '../../../src-main/shared/path-parse.ts';
import type { PathSpec } from '../../../src-main/shared/path.ts';
import type { Credentials } from '../../../src-main/shared/ipc/routes.ts';
import { ACCESS_KEY_USERNAME } from '../../../src-main/shared/ipc/routes.ts';
import { dynamicKeyTag } from '../../../src-main/shared/shadowsocks-key.ts';
import { RESERVED_ROUTE_NAMES, routeAddress } from './route-text.ts';

/** The route form as typed. */
export interface RouteDraft {
  name: string;
  address: string;
  username: string;
  password: string;
}

export const EMPTY_DRAFT: RouteDraft = { name: '', address: '', username: '', password: '' };

/** Each mistake has a sentence in the catalogs: `ui.routes.error.<code>`. */
export type RouteFormErrorCode =
  | PathErrorCode
  | 'no-address'
  | 'direct'
  | 'credentials-incomplete'
  | 'credentials-not-proxy'
  | 'credentials-again'
  | 'key-again';

export interface RouteFormError {
  field: 'name' | 'address' | 'credentials';
  code: RouteFormErrorCode;
}

export type RouteFormResult =
  | {
      ok: true;
      spec: PathSpec;
      /** To store under the route's name before the route is kept. */
      credentials?: Credentials;
      /** A stored password to forget (the route was renamed or is no longer a proxy). */
      forget?: string;
    }
  | { ok: false; error: RouteFormError };

export interface RouteFormContext {
  /** The user's routes now. */
  routes: readonly PathSpec[];
  /** The route being changed, or null for a new one. */
  editing: PathSpec | null;
  /** Routes whose password is stored. */
  storedPasswords: ReadonlySet<string>;
}

const NAME_CODES: readonly RouteFormErrorCode[] = ['no-name', 'bad-name', 'duplicate-name'];

/**
 * Reads the form with the shared route parser, so the app accepts exactly what the
 * command line does. A password typed in the address (`user:pass@`) or in its own
 * fields goes to the main process's store; the route keeps only `auth: true`.
 */
export function readRouteDraft(draft: RouteDraft, context: RouteFormContext): RouteFormResult {
  const fail = (code: RouteFormErrorCode, field?: RouteFormError['field']): RouteFormResult => ({
    ok: false,
    error: { field: field ?? (NAME_CODES.includes(code) ? 'name' : 'address'), code },
  });
  const address = draft.address.trim();
  // A pasted Outline key names itself (its `#tag`), as the Outline app shows it.
  const name = draft.name.trim() === '' ? (keyTag(address) ?? '') : draft.name.trim();
  if (name === '') return fail('no-name');
  if (address === '') return fail('no-address');
  const { editing } = context;
  if (editing?.kind === 'shadowsocks' && address === routeAddress(editing)) return keptKey(name, editing, context);
  // A user written in the address (`socks5h://me@host:port`) takes the password typed in its own field.
  const parsed = parsePath(name, address, { passwordFor: () => (draft.password === '' ? undefined : draft.password) });
  if (!parsed.ok) return fail(parsed.code, parsed.code === 'missing-password' ? 'credentials' : undefined);
  // A DoH key stays in the user's own saved route; the engine masks it in everything it records.
  let spec = parsed.secretUrl === undefined ? parsed.spec : { ...parsed.spec, url: parsed.secretUrl };
  if (spec.kind === 'direct') return fail('direct');
  const taken =
    RESERVED_ROUTE_NAMES.includes(name) ||
    context.routes.some((route) => route.name === name && route.name !== editing?.name);
  if (taken) return fail('duplicate-name');

  const hadKey = editing !== null && context.storedPasswords.has(editing.name) && editing.name !== name;
  if (parsed.secretKey !== undefined) {
    const credentials = { username: ACCESS_KEY_USERNAME, password: parsed.secretKey };
    return { ok: true, spec, credentials, ...(hadKey ? { forget: editing.name } : {}) };
  }
  const username = draft.username.trim();
  const typed = username !== '' || draft.password !== '';
  const userInAddress = username === '' && parsed.credentials !== undefined;
  if (typed && !userInAddress && (username === '' || draft.password === '')) {
    return fail('credentials-incomplete', 'credentials');
  }
  const credentials = typed && !userInAddress ? { username, password: draft.password } : parsed.credentials;
  const hadPassword = editing !== null && context.storedPasswords.has(editing.name);
  const forget = hadPassword && editing.name !== name ? { forget: editing.name } : {};

  if (credentials !== undefined) {
    if (spec.kind !== 'proxy') return fail('credentials-not-proxy', 'credentials');
    return { ok: true, spec: { ...spec, auth: true }, credentials, ...forget };
  }
  if (spec.kind === 'proxy' && editing?.kind === 'proxy' && editing.auth) {
    // The stored password stays with its name: a renamed route needs it typed again.
    if (editing.name !== name) return fail('credentials-again', 'credentials');
    spec = { ...spec, auth: true };
    return { ok: true, spec };
  }
  return hadPassword ? { ok: true, spec, forget: editing.name } : { ok: true, spec };
}

/** The `#tag` of a pasted key, when it makes a valid route name. */
function keyTag(address: string): string | undefined {
  if (!/^ss(conf)?:\/\//i.test(address)) return undefined;
  const tag = dynamicKeyTag(address)?.trim().slice(0, 64);
  return tag !== undefined && parsePath(tag, 'direct').ok ? tag : undefined;
}

/** A key route saved again with its address as shown (the key masked): the stored key stays, under its name. */
function keptKey(name: string, editing: PathSpec, context: RouteFormContext): RouteFormResult {
  const taken =
    RESERVED_ROUTE_NAMES.includes(name) ||
    context.routes.some((route) => route.name === name && route.name !== editing.name);
  if (taken) return { ok: false, error: { field: 'name', code: 'duplicate-name' } };
  if (name !== editing.name) return { ok: false, error: { field: 'address', code: 'key-again' } };
  return { ok: true, spec: editing };
}
