import type { Credentials } from '../shared/ipc/routes.ts';
import type { SecretStore } from '../host/secret-store.ts';

/**
 * Proxy credentials for web mode, kept in this process's memory only, until web mode
 * stops. Outside Electron there is no safeStorage (no key in the OS keychain), and a
 * password written to disk unencrypted would outlive the session on a machine that
 * may be searched: so nothing is written, and the user types the password again after
 * a restart. Web mode says so when it starts (see SESSION_SECRETS_NOTICE).
 */
export class SessionSecretStore implements SecretStore {
  readonly #routes = new Map<string, Credentials>();

  /** Available: "saving" works for the session, which is what the notice tells the user. */
  isAvailable(): Promise<boolean> {
    return Promise.resolve(true);
  }

  get(route: string): Promise<Credentials | undefined> {
    const found = this.#routes.get(route);
    return Promise.resolve(found === undefined ? undefined : { ...found });
  }

  set(route: string, credentials: Credentials): Promise<void> {
    this.#routes.set(route, { username: credentials.username, password: credentials.password });
    return Promise.resolve();
  }

  delete(route: string): Promise<void> {
    this.#routes.delete(route);
    return Promise.resolve();
  }

  routes(): Promise<string[]> {
    return Promise.resolve([...this.#routes.keys()]);
  }
}

export const SESSION_SECRETS_NOTICE =
  'Proxy passwords you save in web mode are kept in memory only and forgotten when it stops.';
