import { withCatalogLabels } from './catalog-labels.ts';
import { catalogLabel, catalogList, regionPacks, type CatalogEntry, type RegionPack } from '../engine/index.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import { fail, ok, type IpcResult } from '../shared/ipc/result.ts';
import { controlSitesFor } from '../shared/controls.ts';
import {
  applySettingsChange,
  NO_CONSENT,
  RISK_NOTICE_VERSION,
  type Consent,
  type Settings,
} from '../shared/ipc/settings.ts';
import type { TargetCatalog } from '../shared/ipc/targets.ts';
import type { EngineHost } from './engine-host.ts';
import { createHistoryHandlers, type HistoryActionDependencies } from './history-actions.ts';
import type { JsonFileStore } from './json-file-store.ts';
import { planForRun, secretsForRoutes } from './run-plan.ts';
import type { SecretStore } from './secret-store.ts';
import { createRouteHelperHandlers } from './route-helpers.ts';
import { createSharingHandlers, type SharingOptions } from './sharing-actions.ts';
import { createToolHandlers, toolsForRun, type ToolDependencies } from './wireguard-configs.ts';

export interface ActionDependencies extends HistoryActionDependencies {
  engine: EngineHost;
  settings: JsonFileStore<Settings>;
  consent: JsonFileStore<Consent>;
  secrets: SecretStore;
  /** Where exports go and how PDFs are printed (sharing-actions.ts); a download and no PDF by default. */
  sharing?: SharingOptions;
  /** "Your tools": the kept WireGuard configurations and how a file is chosen; absent: none kept. */
  tools?: ToolDependencies;
  /** Detour's own lists of sites; the engine's catalogue unless a test stands in one that stays on loopback. */
  targetLists?: TargetLists;
  now?: () => Date;
}

/** Detour's own lists of sites: the global catalogue and the region packs. */
export interface TargetLists {
  global: readonly CatalogEntry[];
  packs: readonly RegionPack[];
}

/** The engine's own catalogue (src-main/engine/targets). */
export const ENGINE_TARGET_LISTS: TargetLists = { global: catalogList(), packs: regionPacks() };

/**
 * What each action does once its sender and payload have passed the checks. No
 * Electron here: the web mode serves the same handlers over HTTP.
 */
export function createActionHandlers(dependencies: ActionDependencies): ActionHandlers {
  const { engine, settings, consent, secrets } = dependencies;
  const targetLists = dependencies.targetLists ?? ENGINE_TARGET_LISTS;
  const now = dependencies.now ?? (() => new Date());
  const consented = async (): Promise<boolean> => currentConsent(await consent.read()).riskNoticeAccepted;
  const storedSecret = (route: string) => secrets.get(route);

  return {
    async startRun(request) {
      // Measuring is visible to whoever runs the network: not before the user has read so.
      if (!(await consented())) return fail('consent-required');
      const routeSecrets = await secretsForRoutes(request.routes, request.secrets, storedSecret);
      if (!routeSecrets.ok) return routeSecrets;
      const tools = await toolsForRun(request.tools, dependencies.tools);
      if (!tools.ok) return tools;
      const current = await settings.read();
      const plan = planForRun({ ...request, targets: withCatalogLabels(request.targets, targetLists) }, current);
      return engine.start({
        plan: tools.value.plan === undefined ? plan : { ...plan, tools: tools.value.plan },
        secrets: routeSecrets.value,
        toolSecrets: tools.value.secrets,
        ...(current.torPath === undefined ? {} : { torPath: current.torPath }),
      });
    },
    cancelRun: ({ runId }) => engine.cancel(runId),
    getRunStatus: async () => ok(await engine.status()),
    detectLocalTools: async () => ok(await engine.detectLocalTools()),
    async testRoute({ route, credentials, controls, timeoutMs }) {
      if (!(await consented())) return fail('consent-required');
      const given = credentials === undefined ? undefined : { [route.name]: credentials };
      const routeSecrets = await secretsForRoutes([route], given, storedSecret);
      if (!routeSecrets.ok) return routeSecrets;
      const current = await settings.read();
      const test = await engine.testRoute({
        route,
        secrets: routeSecrets.value,
        controls: controlSitesFor(controls ?? current.controls),
        timeoutMs: timeoutMs ?? current.timeoutMs,
      });
      return ok(test);
    },
    async getSettings() {
      const current = await settings.read();
      return ok({ ...current, targets: withCatalogLabels(current.targets, targetLists) });
    },
    async setSettings(change) {
      // Only a pack there is, by its own code: a run must never find its list missing.
      const pack = typeof change.region === 'string' ? findPack(targetLists, change.region) : undefined;
      if (typeof change.region === 'string' && pack === undefined) return fail('bad-request', 'no such region pack');
      const checked = pack === undefined ? change : { ...change, region: pack.code };
      return ok(await settings.update((current) => applySettingsChange(current, checked)));
    },
    getConsent: async () => ok(currentConsent(await consent.read())),
    setConsent: async ({ riskNoticeAccepted }) =>
      ok(
        await consent.write({ riskNoticeAccepted, noticeVersion: RISK_NOTICE_VERSION, decidedAt: now().toISOString() }),
      ),
    listRouteCredentials: async () => ok((await secrets.routes()).map((route) => ({ route, auth: true }))),
    async saveRouteCredentials({ route, credentials }) {
      if (!(await secrets.isAvailable())) return fail('unavailable', 'no safe storage for passwords on this system');
      await secrets.set(route, credentials);
      return ok({ route, auth: true });
    },
    async forgetRouteCredentials({ route }) {
      await secrets.delete(route);
      return ok({ route, auth: false });
    },
    listTargetCatalog: ({ region }) => Promise.resolve(targetCatalog(region, targetLists)),
    ...createHistoryHandlers(dependencies),
    ...createSharingHandlers(engine, dependencies.sharing),
    ...createToolHandlers(dependencies.tools),
    ...createRouteHelperHandlers({ consented }),
  };
}

/** The pack for a region code in any case (`az`, `AZ`), or undefined. */
function findPack(lists: TargetLists, code: string): RegionPack | undefined {
  const wanted = code.trim().toLowerCase();
  return lists.packs.find((pack) => pack.code === wanted);
}

/** Detour's own lists: every region pack, and the entries of the one asked for (else the global catalogue). */
export function targetCatalog(
  region: string | undefined,
  lists: TargetLists = ENGINE_TARGET_LISTS,
): IpcResult<TargetCatalog> {
  const pack = region === undefined ? undefined : findPack(lists, region);
  if (region !== undefined && pack === undefined) return fail('bad-request', 'no such region pack');
  return ok({
    regions: lists.packs.map(({ code, name, entries }) => ({ code, name, count: entries.length })),
    entries: (pack?.entries ?? lists.global).map((entry) => ({
      input: entry.input,
      name: entry.name,
      category: entry.category,
      label: catalogLabel(entry),
    })),
  });
}

/** An answer to an earlier wording of the risk notice does not count: the user is asked again. */
export function currentConsent(stored: Consent): Consent {
  return stored.noticeVersion === RISK_NOTICE_VERSION ? stored : NO_CONSENT;
}
