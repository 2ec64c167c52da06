import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createActionHandlers } from '../app/actions.ts';
import { InProcessEngineHost, type InProcessEngineHostOptions } from '../app/in-process-engine-host.ts';
import { JsonFileStore } from '../app/json-file-store.ts';
import { pickLanguage } from '../shared/i18n/languages.ts';
import { consentSchema, DEFAULT_SETTINGS, NO_CONSENT, settingsSchema } from '../shared/ipc/settings.ts';
import { startWebServer } from './server.ts';
import { SessionSecretStore } from './session-secret-store.ts';
import { createToken } from './token.ts';

export interface WebModeOptions {
  port: number;
  /** Settings and consent live here (JSON files, as in the desktop app's user-data folder). */
  dataDir: string;
  rendererRoot: string;
  /** The user's languages, best first, for the default language setting. */
  languages?: readonly string[];
  heartbeatMs?: number;
  /** A test's stand-in for looking for local tools; the engine's own catalogue otherwise. */
  detectTools?: InProcessEngineHostOptions['detectTools'];
  onError?: (where: string, error: unknown) => void;
}

export interface WebMode {
  url: string;
  port: number;
  token: string;
  engine: InProcessEngineHost;
  /** Cancels a running run (its sockets close now, not when the OS reaps them) and closes the server. */
  close(): Promise<void>;
}

/**
 * The web mode's composition root, the counterpart of app/main.ts: the same action
 * handlers and engine host, served over HTTP to a browser on this machine.
 */
export async function startWebMode(options: WebModeOptions): Promise<WebMode> {
  const onError = options.onError ?? ((where: string, error: unknown) => console.error(`detour: ${where}:`, error));
  // Owner-only, like the files in it: they say which sites and routes someone uses.
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const engine = new InProcessEngineHost({
    onError: (error) => onError('engine', error),
    ...(options.detectTools === undefined ? {} : { detectTools: options.detectTools }),
  });
  const handlers = createActionHandlers({
    engine,
    settings: new JsonFileStore(join(options.dataDir, 'settings.json'), settingsSchema, {
      ...DEFAULT_SETTINGS,
      language: pickLanguage(options.languages ?? []),
    }),
    consent: new JsonFileStore(join(options.dataDir, 'consent.json'), consentSchema, NO_CONSENT),
    secrets: new SessionSecretStore(),
  });
  const token = createToken();
  const server = await startWebServer({
    token,
    rendererRoot: options.rendererRoot,
    handlers,
    engine,
    port: options.port,
    onError,
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
  });
  return {
    url: server.url,
    port: server.port,
    token,
    engine,
    async close() {
      await cancelRunning(engine);
      await server.close();
    },
  };
}

async function cancelRunning(engine: InProcessEngineHost): Promise<void> {
  const status = await engine.status();
  if (status.state === 'running') await engine.cancel(status.runId);
}
