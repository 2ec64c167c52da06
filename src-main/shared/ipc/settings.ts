import { z } from 'zod';
import { DEFAULT_CONTROLS } from '../controls.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { pathSpecSchema } from '../path.ts';
import { DEFAULT_PLAN_OPTIONS, planEntrySchema, planOptionsSchema } from '../plan.ts';
import { controlUrlsSchema } from './routes.ts';
import { MAX_ROUTES, MAX_TARGETS } from './run.ts';

/** One of the user's own sites, with where it came from and, when its source says, its kind. */
export const savedTargetSchema = planEntrySchema.extend({
  /** A catalogue category (`news`) or a test list's category code (`NEWS`). */
  category: z.string().optional(),
});
export type SavedTarget = z.infer<typeof savedTargetSchema>;

/** "My sites": at most what one run takes. */
export const savedTargetsSchema = z.array(savedTargetSchema).max(MAX_TARGETS);
/**
 * The user's routes besides the direct one, in the order added. A path spec holds no
 * password (a proxy says only `auth: true`; the spec schema drops any other field),
 * so the settings file never holds one either: passwords live in the secret store.
 */
export const savedRoutesSchema = z.array(pathSpecSchema).max(MAX_ROUTES);
/** Bridge lines as pasted, one an entry. */
export const savedBridgesSchema = z.array(z.string().min(1).max(2048)).max(64);
export const torPathSchema = z.string().min(1).max(4096);
/** A region pack's code (`az`); the main process checks it names a pack. */
export const regionCodeSchema = z.string().min(1).max(16);

export const THEMES = ['system', 'light', 'dark'] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

/**
 * What the user can change in the app; kept by the main process in one file. The
 * lists came later than the first settings files: each has a default, so a file
 * written before them still reads with all its other values.
 */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
  /** Each probe's deadline, as `--timeout` on the command line. */
  timeoutMs: planOptionsSchema.shape.timeoutMs,
  /** Targets measured at once, as `--concurrency`. */
  concurrency: planOptionsSchema.shape.concurrency,
  /**
   * How many days a finished run stays in the history; 0 keeps none. A saved run
   * lists the sites someone cared about, which can matter to them on a censored network.
   */
  historyRetentionDays: z.number().int().min(0).max(3650),
  /** The user's own sites ("My sites"). */
  targets: savedTargetsSchema.default(() => []),
  routes: savedRoutesSchema.default(() => []),
  /** Whether the local tricks (tls-split, tcp-split, …) are compared too. */
  strategies: z.boolean().default(false),
  /** The region pack a run measures instead of the user's own sites; absent: the user's own. */
  region: regionCodeSchema.optional(),
  /** The neutral sites measured first over every route, as `--control` (shared/controls.ts). */
  controls: controlUrlsSchema.default(() => DEFAULT_CONTROL_URLS),
  /** "Your tools": Tor bridge lines the user pasted, checked with every run. */
  bridges: savedBridgesSchema.default(() => []),
  /** Where tor is (a program or a Tor Browser folder); absent: looked for in the usual places. */
  torPath: torPathSchema.optional(),
  /** Light or dark colours; `system` follows the computer's `prefers-color-scheme`. */
  theme: themeSchema.default('system'),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings; the answer is the whole of them after the change. */
export const settingsChangeSchema = z.strictObject({
  language: settingsSchema.shape.language.exactOptional(),
  timeoutMs: settingsSchema.shape.timeoutMs.exactOptional(),
  concurrency: settingsSchema.shape.concurrency.exactOptional(),
  historyRetentionDays: settingsSchema.shape.historyRetentionDays.exactOptional(),
  targets: savedTargetsSchema.exactOptional(),
  routes: savedRoutesSchema.exactOptional(),
  strategies: z.boolean().exactOptional(),
  /** `null` goes back to the user's own sites. */
  region: regionCodeSchema.nullable().exactOptional(),
  controls: controlUrlsSchema.exactOptional(),
  bridges: savedBridgesSchema.exactOptional(),
  /** `null`: look for tor in the usual places again. */
  torPath: torPathSchema.nullable().exactOptional(),
  theme: themeSchema.exactOptional(),
});
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/** The settings after a change: the fields it names replace the old ones; `region: null` removes the region. */
export function applySettingsChange(current: Settings, change: SettingsChange): Settings {
  const { region, torPath, ...rest } = change;
  const next: Settings = { ...current, ...rest };
  if (region === null) delete next.region;
  else if (region !== undefined) next.region = region;
  if (torPath === null) delete next.torPath;
  else if (torPath !== undefined) next.torPath = torPath;
  return next;
}

/** Detour's own control set, by address: what Settings starts with and goes back to. */
export const DEFAULT_CONTROL_URLS: string[] = DEFAULT_CONTROLS.map((site) => site.url);

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  timeoutMs: DEFAULT_PLAN_OPTIONS.timeoutMs,
  concurrency: DEFAULT_PLAN_OPTIONS.concurrency,
  historyRetentionDays: 30,
  targets: [],
  routes: [],
  strategies: false,
  controls: DEFAULT_CONTROL_URLS,
  bridges: [],
  theme: 'system',
};

/**
 * The risk notice the user reads before the first measurement ("testing sensitive
 * sites can be visible to whoever runs your network"). Raise the version when its
 * wording changes in substance: earlier answers then no longer count. Version 2 names
 * the neutral sites contacted besides the user's own.
 */
export const RISK_NOTICE_VERSION = 2;

export const consentSchema = z.object({
  /** Whether the user accepted the notice of `noticeVersion`. */
  riskNoticeAccepted: z.boolean(),
  noticeVersion: z.number().int().min(0),
  /** When the user last answered (ISO 8601); absent: never asked. */
  decidedAt: z.string().optional(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentChangeSchema = z.strictObject({ riskNoticeAccepted: z.boolean() });

export const NO_CONSENT: Consent = { riskNoticeAccepted: false, noticeVersion: RISK_NOTICE_VERSION };
