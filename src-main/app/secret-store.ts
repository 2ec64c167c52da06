import { z } from 'zod';
import type { Credentials } from '../shared/ipc/routes.ts';
import { JsonFileStore } from './json-file-store.ts';

/**
 * Proxy credentials kept by the main process, by route name. The renderer never reads
 * them back: it learns only which routes have some (`auth: true`), and the engine gets
 * them beside the plan, never inside it, an event or a report.
 */
export interface SecretStore {
  /** Whether the operating system can keep secrets safely; without it nothing is stored. */
  isAvailable(): Promise<boolean>;
  get(route: string): Promise<Credentials | undefined>;
  set(route: string, credentials: Credentials): Promise<void>;
  delete(route: string): Promise<void>;
  /** The routes that have stored credentials. */
  routes(): Promise<string[]>;
}

/** Encrypts and decrypts strings with a key the OS keeps (Electron's safeStorage in the app). */
export interface StringCipher {
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Uint8Array>;
  decrypt(encrypted: Uint8Array): Promise<string>;
}

const secretsFileSchema = z.object({
  /** Route name → the credentials as JSON, encrypted by the cipher, base64. */
  routes: z.record(z.string(), z.string()),
});
type SecretsFile = z.infer<typeof secretsFileSchema>;

const storedCredentialsSchema = z.object({ username: z.string(), password: z.string() });

/** Credentials in one JSON file, each entry encrypted on its own by the cipher. */
export class EncryptedFileSecretStore implements SecretStore {
  readonly #file: JsonFileStore<SecretsFile>;
  readonly #cipher: StringCipher;

  constructor(path: string, cipher: StringCipher) {
    this.#file = new JsonFileStore(path, secretsFileSchema, { routes: {} });
    this.#cipher = cipher;
  }

  isAvailable(): Promise<boolean> {
    return this.#cipher.isAvailable();
  }

  async get(route: string): Promise<Credentials | undefined> {
    const { routes } = await this.#file.read();
    // Own properties only: a route named `__proto__` must not find Object.prototype.
    const encrypted = Object.hasOwn(routes, route) ? routes[route] : undefined;
    if (encrypted === undefined || !(await this.#cipher.isAvailable())) return undefined;
    try {
      const decrypted = await this.#cipher.decrypt(Buffer.from(encrypted, 'base64'));
      const parsed = storedCredentialsSchema.safeParse(JSON.parse(decrypted));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined; // encrypted under another key (a new OS profile): as if never stored
    }
  }

  async set(route: string, credentials: Credentials): Promise<void> {
    if (!(await this.#cipher.isAvailable())) throw new Error('no safe storage for secrets on this system');
    const encrypted = await this.#cipher.encrypt(JSON.stringify(credentials));
    const encoded = Buffer.from(encrypted).toString('base64');
    await this.#file.update((file) => ({ routes: { ...file.routes, [route]: encoded } }));
  }

  async delete(route: string): Promise<void> {
    await this.#file.update((file) => ({
      routes: Object.fromEntries(Object.entries(file.routes).filter(([name]) => name !== route)),
    }));
  }

  async routes(): Promise<string[]> {
    return Object.keys((await this.#file.read()).routes);
  }
}
