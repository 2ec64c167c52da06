/**
 * The IPC channel of every action, kept apart from the schemas so the preload
 * (sandboxed, bundled on its own) carries these names and no zod.
 */
export const ACTION_CHANNELS = {
  startRun: 'detour:start-run',
  cancelRun: 'detour:cancel-run',
  getRunStatus: 'detour:get-run-status',
  detectLocalTools: 'detour:detect-local-tools',
  testRoute: 'detour:test-route',
  probeProxyAddress: 'detour:probe-proxy-address',
  listLocalAddresses: 'detour:list-local-addresses',
  getSettings: 'detour:get-settings',
  setSettings: 'detour:set-settings',
  getConsent: 'detour:get-consent',
  setConsent: 'detour:set-consent',
  listRouteCredentials: 'detour:list-route-credentials',
  saveRouteCredentials: 'detour:save-route-credentials',
  forgetRouteCredentials: 'detour:forget-route-credentials',
  listTargetCatalog: 'detour:list-target-catalog',
  listRuns: 'detour:list-runs',
  openRun: 'detour:open-run',
  runObservations: 'detour:run-observations',
  renameRun: 'detour:rename-run',
  setRunNetwork: 'detour:set-run-network',
  deleteRun: 'detour:delete-run',
  deleteAllRuns: 'detour:delete-all-runs',
  historyLocation: 'detour:history-location',
  compareRuns: 'detour:compare-runs',
  runTimeline: 'detour:run-timeline',
  speedPattern: 'detour:speed-pattern',
  startSchedule: 'detour:start-schedule',
  stopSchedule: 'detour:stop-schedule',
  getScheduleStatus: 'detour:get-schedule-status',
  exportReport: 'detour:export-report',
  readReportText: 'detour:read-report-text',
  listWireguardConfigs: 'detour:list-wireguard-configs',
  addWireguardConfig: 'detour:add-wireguard-config',
  removeWireguardConfig: 'detour:remove-wireguard-config',
} as const;

export type ActionName = keyof typeof ACTION_CHANNELS;
export const ACTION_NAMES = Object.keys(ACTION_CHANNELS) as readonly ActionName[];

/** Main → renderer: one message per engine event of the current run (see RunEventMessage). */
export const RUN_EVENT_CHANNEL = 'detour:run-event';
