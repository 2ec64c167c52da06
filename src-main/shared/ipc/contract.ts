import { z } from 'zod';
import type { ActionName } from './channels.ts';
import {
  comparisonSchema,
  compareRunsRequestSchema,
  deletedRunsSchema,
  historyLocationSchema,
  openedRunSchema,
  renameRunRequestSchema,
  runEntrySchema,
  runIdRequestSchema,
  runObservationsRequestSchema,
  runObservationsSchema,
  scheduleStatusSchema,
  setRunNetworkRequestSchema,
  startScheduleRequestSchema,
  timelineSchema,
} from './history.ts';
import { speedPatternRequestSchema, speedPatternSchema } from './pattern.ts';
import { resultSchema, type IpcResult } from './result.ts';
import {
  detectedToolSchema,
  forgetRouteCredentialsRequestSchema,
  localAddressSchema,
  probeProxyAddressRequestSchema,
  proxyAddressAnswerSchema,
  routeCredentialsStateSchema,
  routeTestSchema,
  saveRouteCredentialsRequestSchema,
  testRouteRequestSchema,
} from './routes.ts';
import { runRefSchema, runStatusSchema, startRunRequestSchema, type RunEventMessage } from './run.ts';
import { consentChangeSchema, consentSchema, settingsChangeSchema, settingsSchema } from './settings.ts';
import {
  exportOutcomeSchema,
  exportReportRequestSchema,
  readReportTextRequestSchema,
  readReportTextValueSchema,
} from './sharing.ts';
import { listTargetCatalogRequestSchema, targetCatalogSchema } from './targets.ts';
import {
  addWireguardConfigOutcomeSchema,
  addWireguardConfigRequestSchema,
  removeWireguardConfigRequestSchema,
  wireguardConfigInfoSchema,
} from './tools.ts';

function action<Request extends z.ZodType, Value extends z.ZodType>(request: Request, value: Value) {
  return { request, value, response: resultSchema(value) };
}

/** An action without a payload: the renderer calls it with no argument. */
const nothing = z.void();

/**
 * The typed contract between the renderer and the main process: one entry per action,
 * each with the schema its request must pass (checked in the main process, which
 * trusts nothing the renderer sends) and the schema of its answer. Desktop IPC and the
 * web mode's HTTP both serve this same contract.
 */
export const IPC_CONTRACT = {
  /** Starts measuring; one run at a time. Answers once the engine has started it. */
  startRun: action(startRunRequestSchema, runRefSchema),
  /** Cancels the run; its events end with `run-finished` (cancelled) within about a second. */
  cancelRun: action(runRefSchema, runRefSchema),
  /** Whether a run is going, for a window that opens (or reloads) in the middle of one. */
  getRunStatus: action(nothing, runStatusSchema),
  /** Circumvention tools listening on this machine, offered as routes; never used silently. */
  detectLocalTools: action(nothing, z.array(detectedToolSchema)),
  /** Whether one route reaches the control site the whole way. */
  testRoute: action(testRouteRequestSchema, routeTestSchema),
  /** Which proxy protocols answer at a pasted `host:port` (SOCKS5, HTTP CONNECT); Shadowsocks cannot be told. */
  probeProxyAddress: action(probeProxyAddressRequestSchema, proxyAddressAnswerSchema),
  /** This computer's interface addresses (a VPN's among them), to bind a route to one. */
  listLocalAddresses: action(nothing, z.array(localAddressSchema)),
  /** Also the user's lists (sites, routes, the chosen region pack): never a password. */
  getSettings: action(nothing, settingsSchema),
  setSettings: action(settingsChangeSchema, settingsSchema),
  /** Whether the user accepted the current risk notice; runs wait for it. */
  getConsent: action(nothing, consentSchema),
  setConsent: action(consentChangeSchema, consentSchema),
  /** Routes with a stored password: the renderer sees `auth: true`, never the password. */
  listRouteCredentials: action(nothing, z.array(routeCredentialsStateSchema)),
  saveRouteCredentials: action(saveRouteCredentialsRequestSchema, routeCredentialsStateSchema),
  forgetRouteCredentials: action(forgetRouteCredentialsRequestSchema, routeCredentialsStateSchema),
  /** Detour's own target lists: the region packs there are, and the targets of one (or of the global catalogue). */
  listTargetCatalog: action(listTargetCatalogRequestSchema, targetCatalogSchema),
  /** The run history (history.ts), newest first; a run is saved as it goes, so a crash keeps what was measured. */
  listRuns: action(nothing, z.array(runEntrySchema)),
  /** A past run for the result screen: its report without its observations, which runObservations reads a cell at a time. */
  openRun: action(runIdRequestSchema, openedRunSchema),
  /** The observations of one target on one route of a past run: the evidence of a cell of the result screen. */
  runObservations: action(runObservationsRequestSchema, runObservationsSchema),
  renameRun: action(renameRunRequestSchema, runEntrySchema),
  setRunNetwork: action(setRunNetworkRequestSchema, runEntrySchema),
  deleteRun: action(runIdRequestSchema, runEntrySchema),
  deleteAllRuns: action(nothing, deletedRunsSchema),
  historyLocation: action(nothing, historyLocationSchema),
  /** What changed from run `a` to run `b`: verdicts per target, routes that started or stopped working. */
  compareRuns: action(compareRunsRequestSchema, comparisonSchema),
  /** Every target across the newest runs, in time order: when each kind of blocking appears. */
  runTimeline: action(nothing, timelineSchema),
  /** When sites slow down against the neutral controls (the time-pattern judge), with their speeds for the charts. */
  speedPattern: action(speedPatternRequestSchema, speedPatternSchema),
  /** Repeats a run every N minutes for H hours in the main process, each run saved in the history. */
  startSchedule: action(startScheduleRequestSchema, scheduleStatusSchema),
  stopSchedule: action(nothing, scheduleStatusSchema),
  getScheduleStatus: action(nothing, scheduleStatusSchema),
  /** A run's report as a file (JSON, HTML, PDF, CSV) or several combined: saved where the user says, or its bytes in web mode. */
  exportReport: action(exportReportRequestSchema, exportOutcomeSchema),
  /** Checks a report file's text someone handed over; the report only once it passed the schema, else why not. */
  readReportText: action(readReportTextRequestSchema, readReportTextValueSchema),
  /** The WireGuard configurations kept for checking ("Your tools"): names and servers, never keys. */
  listWireguardConfigs: action(nothing, z.array(wireguardConfigInfoSchema)),
  /** Reads a configuration file in the main process (chosen in a dialog, or at a path typed in web mode) and keeps it. */
  addWireguardConfig: action(addWireguardConfigRequestSchema, addWireguardConfigOutcomeSchema),
  removeWireguardConfig: action(removeWireguardConfigRequestSchema, z.array(wireguardConfigInfoSchema)),
} as const satisfies Readonly<Record<ActionName, ReturnType<typeof action>>>;

type Contract = typeof IPC_CONTRACT;
/** What the renderer sends (before defaults and transforms). */
export type RequestOf<A extends ActionName> = z.input<Contract[A]['request']>;
/** What a handler receives: the request after the schema has parsed it. */
export type ParsedRequestOf<A extends ActionName> = z.output<Contract[A]['request']>;
export type ValueOf<A extends ActionName> = z.output<Contract[A]['value']>;

/** One function per action, as the main process implements them (after the sender and payload checks). */
export type ActionHandlers = {
  readonly [A in ActionName]: (request: ParsedRequestOf<A>) => Promise<IpcResult<ValueOf<A>>>;
};

/** `window.detour`: one method per action, plus the run events. */
export type DetourApi = {
  readonly [A in ActionName]: (request: RequestOf<A>) => Promise<IpcResult<ValueOf<A>>>;
} & {
  /** Calls `listener` with every run event from now on; returns the function that stops it. */
  readonly onRunEvent: (listener: (message: RunEventMessage) => void) => () => void;
};
