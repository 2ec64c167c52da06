import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import { pickLanguage } from '../shared/i18n/languages.ts';
import { consentSchema, DEFAULT_SETTINGS, NO_CONSENT, settingsSchema, type Settings } from '../shared/ipc/settings.ts';
import { createActionHandlers, type TargetLists } from './actions.ts';
import { AppHistory } from './history-actions.ts';
import { InProcessEngineHost, type InProcessEngineHostOptions } from './in-process-engine-host.ts';
import { JsonFileStore } from './json-file-store.ts';
import { ScheduleHost } from './schedule-host.ts';
import type { SecretStore } from './secret-store.ts';
import type { FileSaver, PdfPrinter } from './sharing-actions.ts';
import { NO_WIREGUARD_CONFIGS, wireguardConfigsFileSchema } from './wireguard-configs.ts';

/** What differs between the desktop app and web mode; everything else is wired here once. */
export interface HostOptions {
  /** Settings, consent, history and kept configurations live here (Electron's userData, or web mode's --data-dir). */
  dataDir: string;
  /** The user's languages, best first, for the default language setting. */
  languages: readonly string[];
  /** Route passwords: encrypted by the OS in the app, held for the session in web mode. */
  secrets: SecretStore;
  /** Where exports go: a save dialog in the app, a download in web mode. */
  saver: FileSaver;
  printer: PdfPrinter;
  /** Asks for a WireGuard file (Electron's open dialog); absent in web mode, where the page names a path. */
  chooseWireguardFile?: () => Promise<string | null>;
  /** A test's stand-in for looking for local tools; the engine's own catalogue otherwise. */
  detectTools?: InProcessEngineHostOptions['detectTools'];
  /** A test's stand-in for Detour's own lists of sites (its sites on loopback); the engine's catalogue otherwise. */
  targetLists?: TargetLists;
  onError: (where: string, error: unknown) => void;
}

export interface Host {
  handlers: ActionHandlers;
  engine: InProcessEngineHost;
  schedule: ScheduleHost;
  settings: JsonFileStore<Settings>;
  /**
   * Stops the schedule and cancels the run going, then waits until that run is saved in
   * the history as cancelled: quitting the app and closing web mode end the same way, and
   * every probe's socket closes now, not when the OS reaps it.
   */
  stop(): Promise<void>;
}

/**
 * The composition the desktop app (app/main.ts) and web mode (web/web-mode.ts) share:
 * the stores, the history every run is saved in as it goes, the engine host, the
 * schedule and the action handlers behind the IPC contract.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const { dataDir, onError } = options;
  // Owner-only, like the files in it: they say which sites and routes someone uses.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const settings = new JsonFileStore(join(dataDir, 'settings.json'), settingsSchema, {
    ...DEFAULT_SETTINGS,
    language: pickLanguage(options.languages),
  });
  // The retention setting applies when the history is opened.
  const history = new AppHistory(join(dataDir, 'history'), {
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
    onScheduledRun: (runId) => history.markScheduled(runId),
  });
  const handlers = createActionHandlers({
    engine,
    history,
    schedule,
    settings,
    consent: new JsonFileStore(join(dataDir, 'consent.json'), consentSchema, NO_CONSENT),
    secrets: options.secrets,
    ...(options.targetLists === undefined ? {} : { targetLists: options.targetLists }),
    sharing: { saver: options.saver, printer: options.printer, findReport: (runId) => history.report(runId) },
    tools: {
      wireguard: new JsonFileStore(
        join(dataDir, 'wireguard-configs.json'),
        wireguardConfigsFileSchema,
        NO_WIREGUARD_CONFIGS,
      ),
      ...(options.chooseWireguardFile === undefined ? {} : { chooseWireguardFile: options.chooseWireguardFile }),
    },
  });
  return {
    handlers,
    engine,
    schedule,
    settings,
    async stop() {
      await schedule.stop();
      await cancelAndWaitUntilSaved(engine);
    },
  };
}

/** Cancels the run going, and waits until it has ended (and is saved in the history as cancelled). */
async function cancelAndWaitUntilSaved(engine: InProcessEngineHost): Promise<void> {
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
