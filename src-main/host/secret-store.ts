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

/** A decrypted string, and whether the OS asks for it to be encrypted again (a rotated or better key). */
export interface Decrypted {
  text: string;
  shouldReEncrypt: boolean;
}

/** Encrypts and decrypts strings with a key the OS keeps (Electron's safeStorage in the app). */
export interface StringCipher {
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Uint8Array>;
  decrypt(encrypted: Uint8Array): Promise<Decrypted>;
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
    let decrypted: Decrypted;
    try {
      decrypted = await this.#cipher.decrypt(Buffer.from(encrypted, 'base64'));
    } catch {
      return undefined; // encrypted under another key (a new OS profile): as if never stored
    }
    const parsed = storedCredentialsSchema.safeParse(parseJson(decrypted.text));
    if (!parsed.success) return undefined;
    if (decrypted.shouldReEncrypt) await this.#reEncrypt(route, encrypted, decrypted.text);
    return parsed.data;
  }

  /**
   * The OS rotated its key or offers a safer one (safeStorage's shouldReEncrypt): the
   * entry is stored again under it, unless it changed meanwhile. Should that fail, the
   * old entry stays, which still decrypts.
   */
  async #reEncrypt(route: string, before: string, plainText: string): Promise<void> {
    try {
      const encoded = Buffer.from(await this.#cipher.encrypt(plainText)).toString('base64');
      await this.#file.update((file) =>
        Object.hasOwn(file.routes, route) && file.routes[route] === before
          ? { routes: { ...file.routes, [route]: encoded } }
          : file,
      );
    } catch {
      // Kept as it was: the next read asks again.
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
