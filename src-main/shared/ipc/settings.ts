import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';
import { DEFAULT_PLAN_OPTIONS, planOptionsSchema } from '../plan.ts';

/** What the user can change in the app's settings screen; kept by the main process. */
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
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings; the answer is the whole of them after the change. */
export const settingsChangeSchema = z.strictObject({
  language: settingsSchema.shape.language.exactOptional(),
  timeoutMs: settingsSchema.shape.timeoutMs.exactOptional(),
  concurrency: settingsSchema.shape.concurrency.exactOptional(),
  historyRetentionDays: settingsSchema.shape.historyRetentionDays.exactOptional(),
});

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  timeoutMs: DEFAULT_PLAN_OPTIONS.timeoutMs,
  concurrency: DEFAULT_PLAN_OPTIONS.concurrency,
  historyRetentionDays: 30,
};

/**
 * The risk notice the user reads before the first measurement ("testing sensitive
 * sites can be visible to whoever runs your network"). Raise the version when its
 * wording changes in substance: earlier answers then no longer count.
 */
export const RISK_NOTICE_VERSION = 1;

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
