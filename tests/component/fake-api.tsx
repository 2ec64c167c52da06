import { vi } from 'vitest';
import { speedPatternOf } from '../../src-main/core/view/speed-lines.ts';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { SpeedPatternRequest } from '../../src-main/shared/ipc/pattern.ts';
import { fail, ok, type IpcResult } from '../../src-main/shared/ipc/result.ts';
import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  RISK_NOTICE_VERSION,
  type Consent,
  type Settings,
  type SettingsChange,
} from '../../src-main/shared/ipc/settings.ts';
import type { TargetCatalog } from '../../src-main/shared/ipc/targets.ts';
import type { AddWireguardConfigOutcome, WireguardConfigInfo } from '../../src-main/shared/ipc/tools.ts';
import type { SpeedSeries } from '../../src-main/shared/speed-series.ts';
import { FakeHistory, fakeHistoryApi, type FakeHistoryOptions } from './history-fake.tsx';

type Mocked<T> = { [K in keyof T]: T[K] & ReturnType<typeof vi.fn> };

export type FakeApi = Mocked<DetourApi> & {
  /** Delivers one run event to every listener, as the main process pushes it. */
  emit(message: RunEventMessage): void;
  listeners(): number;
  /** The runs the history actions answer with (history-fake.tsx). */
  history: FakeHistory;
};

export interface FakeApiOptions {
  consented?: boolean;
  settings?: Partial<Settings>;
  /** Routes whose password the main process holds. */
  storedPasswords?: string[];
  history?: FakeHistoryOptions;
  /** The history's speed series, judged by the real time-pattern judge. */
  speed?: SpeedSeries;
  /**
   * "Your tools": what the main process finds in each WireGuard file (by path): a
   * configuration, or why it refuses it. `dialog` is the path the open dialog answers
   * with (null: closed without a choice; absent: no dialog here, as in web mode).
   */
  wireguard?: {
    files?: Record<string, AddWireguardConfigOutcome>;
    dialog?: string | null;
    kept?: WireguardConfigInfo[];
  };
}

/** A small stand-in for the engine's catalogue: the global list and one region pack. */
export const FAKE_CATALOG: { global: TargetCatalog['entries']; az: TargetCatalog['entries'] } = {
  global: [
    {
      input: 'https://example.com/',
      name: 'example.com (RFC 2606)',
      category: 'control',
      label: { brand: 'example.com', kind: 'neutral' },
    },
    {
      input: 'https://web.telegram.org/',
      name: 'Telegram web',
      category: 'messaging',
      label: { brand: 'Telegram', kind: 'web-app' },
    },
    {
      input: 'stun:stun.l.google.com:19302',
      name: 'Google STUN',
      category: 'calls',
      label: { brand: 'Google', kind: 'call-server' },
    },
  ],
  az: [
    {
      input: 'https://www.meydan.tv/',
      name: 'Meydan TV',
      category: 'news',
      label: { brand: 'Meydan TV', kind: 'website' },
    },
    { input: 'https://www.occrp.org/', name: 'OCCRP', category: 'news', label: { brand: 'OCCRP', kind: 'website' } },
    {
      input: 'https://www.torproject.org/',
      name: 'Tor Project',
      category: 'circumvention',
      label: { brand: 'Tor Project', kind: 'website' },
    },
  ],
};

/**
 * A DetourApi as a plain object, answering like the main process: settings and consent
 * kept in memory, run events delivered only when the test emits them.
 */
export function fakeApi(options: FakeApiOptions = {}): FakeApi {
  let consent: Consent = options.consented
    ? { riskNoticeAccepted: true, noticeVersion: RISK_NOTICE_VERSION, decidedAt: '2025-03-01T09:00:00.000Z' }
    : { riskNoticeAccepted: false, noticeVersion: RISK_NOTICE_VERSION };
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const passwords = new Set(options.storedPasswords ?? []);
  const listeners = new Set<(message: RunEventMessage) => void>();
  const history = new FakeHistory(options.history?.reports);
  const answer = <T,>(value: T): Promise<IpcResult<T>> => Promise.resolve(ok(value));
  let configs: WireguardConfigInfo[] = [...(options.wireguard?.kept ?? [])];
  const addConfig = ({ path }: { path?: string | undefined }): Promise<IpcResult<AddWireguardConfigOutcome>> => {
    const chosen = path ?? options.wireguard?.dialog;
    if (chosen === undefined) return Promise.resolve(fail('unavailable', 'no file dialog here: give the path'));
    if (chosen === null) return answer({ kind: 'cancelled' as const });
    const outcome = options.wireguard?.files?.[chosen] ?? { kind: 'rejected' as const, code: 'unreadable' as const };
    if (outcome.kind === 'added') configs = [...configs, outcome.config];
    return answer(outcome);
  };

  const api = {
    startRun: vi.fn(() => answer({ runId: 'run-1' })),
    cancelRun: vi.fn(({ runId }: { runId: string }) => answer({ runId })),
    getRunStatus: vi.fn(() => answer({ state: 'idle' as const })),
    detectLocalTools: vi.fn(() => answer([])),
    probeProxyAddress: vi.fn(() => answer({ socks5: null, httpConnect: null })),
    listLocalAddresses: vi.fn(() => answer([])),
    testRoute: vi.fn(({ route }: { route: { name: string } }) =>
      answer({ path: route.name, status: 'usable' as const, elapsedMs: 1234 }),
    ),
    getSettings: vi.fn(() => answer(settings)),
    setSettings: vi.fn((change: SettingsChange) => {
      settings = applySettingsChange(settings, change);
      return answer(settings);
    }),
    getConsent: vi.fn(() => answer(consent)),
    setConsent: vi.fn(({ riskNoticeAccepted }: { riskNoticeAccepted: boolean }) => {
      consent = { riskNoticeAccepted, noticeVersion: RISK_NOTICE_VERSION, decidedAt: new Date().toISOString() };
      return answer(consent);
    }),
    listRouteCredentials: vi.fn(() => answer([...passwords].map((route) => ({ route, auth: true })))),
    saveRouteCredentials: vi.fn(({ route }: { route: string }) => {
      passwords.add(route);
      return answer({ route, auth: true });
    }),
    forgetRouteCredentials: vi.fn(({ route }: { route: string }) => {
      passwords.delete(route);
      return answer({ route, auth: false });
    }),
    listTargetCatalog: vi.fn(({ region }: { region?: string | undefined }): Promise<IpcResult<TargetCatalog>> => {
      if (region !== undefined && region !== 'az') return Promise.resolve(fail('bad-request', 'no such region pack'));
      return answer({
        regions: [{ code: 'az', name: 'Azerbaijan', count: FAKE_CATALOG.az.length }],
        entries: region === undefined ? FAKE_CATALOG.global : FAKE_CATALOG.az,
      });
    }),
    // Exports and the workshop view (tests/component/sharing-*.test.tsx answer their own).
    exportReport: vi.fn(() => answer({ kind: 'cancelled' as const })),
    readReportText: vi.fn(() => answer({ valid: false as const, problem: 'not a Detour report' })),
    listWireguardConfigs: vi.fn(() => answer(configs)),
    addWireguardConfig: vi.fn(addConfig),
    removeWireguardConfig: vi.fn(({ id }: { id: string }) => {
      configs = configs.filter((config) => config.id !== id);
      return answer(configs);
    }),
    ...fakeHistoryApi(history),
    speedPattern: vi.fn((request: SpeedPatternRequest) =>
      answer(speedPatternOf(options.speed ?? { runs: [] }, request)),
    ),
    history,
    onRunEvent: vi.fn((listener: (message: RunEventMessage) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    emit(message: RunEventMessage) {
      for (const listener of [...listeners]) listener(message);
    },
    listeners: () => listeners.size,
  };
  return api;
}
