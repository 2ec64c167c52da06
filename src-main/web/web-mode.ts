import { chromiumPdfPrinter } from '../host/chromium-pdf-printer.ts';
import { startWebServer } from './server.ts';
import { SessionSecretStore } from './session-secret-store.ts';
import { createToken } from './token.ts';
import type { InProcessEngineHost, InProcessEngineHostOptions } from '../host/in-process-engine-host.ts';
import { downloadFileSaver } from '../host/save-file.ts';
import { startHost, type HostOptions } from '../host/start-host.ts';

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
  /** A test's stand-in for Detour's own lists of sites; the engine's catalogue otherwise. */
  targetLists?: HostOptions['targetLists'];
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
 * The web mode's composition root, the counterpart of app/main.ts: the same host
 * (host/start-host.ts), served over HTTP to a browser on this machine.
 */
export async function startWebMode(options: WebModeOptions): Promise<WebMode> {
  const onError = options.onError ?? ((where: string, error: unknown) => console.error(`detour: ${where}:`, error));
  const host = await startHost({
    dataDir: options.dataDir,
    languages: options.languages ?? [],
    // No safe password store outside the app: passwords live in memory for the session.
    secrets: new SessionSecretStore(),
    // No save dialog here: the page gets the file's bytes and offers them as a download.
    saver: downloadFileSaver(),
    printer: chromiumPdfPrinter(),
    // No open dialog either: the page names a WireGuard file's path, and this process reads it.
    ...(options.detectTools === undefined ? {} : { detectTools: options.detectTools }),
    ...(options.targetLists === undefined ? {} : { targetLists: options.targetLists }),
    onError,
  });
  const token = createToken();
  const server = await startWebServer({
    token,
    rendererRoot: options.rendererRoot,
    handlers: host.handlers,
    engine: host.engine,
    port: options.port,
    onError,
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
  });
  return {
    url: server.url,
    port: server.port,
    token,
    engine: host.engine,
    async close() {
      await host.stop();
      await server.close();
    },
  };
}
