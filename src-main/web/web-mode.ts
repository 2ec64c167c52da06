import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createActionHandlers } from '../app/actions.ts';
import { NO_WIREGUARD_CONFIGS, wireguardConfigsFileSchema } from '../app/wireguard-configs.ts';
import { AppHistory } from '../app/history-actions.ts';
import { InProcessEngineHost, type InProcessEngineHostOptions } from '../app/in-process-engine-host.ts';
import { JsonFileStore } from '../app/json-file-store.ts';
import { ScheduleHost } from '../app/schedule-host.ts';
import { downloadFileSaver } from '../app/save-file.ts';
import { pickLanguage } from '../shared/i18n/languages.ts';
import { consentSchema, DEFAULT_SETTINGS, NO_CONSENT, settingsSchema } from '../shared/ipc/settings.ts';
import { startWebServer } from './server.ts';
import { chromiumPdfPrinter } from './pdf-printer.ts';
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
  const settings = new JsonFileStore(join(options.dataDir, 'settings.json'), settingsSchema, {
    ...DEFAULT_SETTINGS,
    language: pickLanguage(options.languages ?? []),
  });
  // Every run is saved as it goes in <data-dir>/history, as the desktop app does in its user data.
  const history = new AppHistory(join(options.dataDir, 'history'), {
    retentionDays: async () => (await settings.read()).historyRetentionDays,
  });
  const engine = new InProcessEngineHost({
    onError: (error) => onError('engine', error),
    history,
    ...(options.detectTools === undefined ? {} : { detectTools: options.detectTools }),
  });
  const schedule = new ScheduleHost({
    engine,
    startRun: (request) => handlers.startRun(request),
    onError: (error) => onError('schedule', error),
  });
  const handlers = createActionHandlers({
    engine,
    history,
    schedule,
    settings,
    consent: new JsonFileStore(join(options.dataDir, 'consent.json'), consentSchema, NO_CONSENT),
    secrets: new SessionSecretStore(),
    // No save dialog here: the page gets the file's bytes and offers them as a download.
    sharing: {
      saver: downloadFileSaver(),
      printer: chromiumPdfPrinter(),
      findReport: (runId) => history.report(runId),
    },
    // No open dialog here either: the page names the file's path, and this process reads it.
    tools: {
      wireguard: new JsonFileStore(
        join(options.dataDir, 'wireguard-configs.json'),
        wireguardConfigsFileSchema,
        NO_WIREGUARD_CONFIGS,
      ),
    },
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
      await schedule.stop();
      await cancelRunning(engine);
      await server.close();
    },
  };
}

/** Cancels the run going, and waits until it has ended (and is saved in the history as cancelled). */
async function cancelRunning(engine: InProcessEngineHost): Promise<void> {
  const status = await engine.status();
  if (status.state !== 'running') return;
  const ended = new Promise<void>((resolve) => {
    const stop = engine.subscribe((message) => {
      if (message.runId !== status.runId) return;
      if (message.kind === 'event' && message.event.type !== 'run-finished') return;
      stop();
      resolve();
    });
  });
  if ((await engine.cancel(status.runId)).ok) await ended;
}
