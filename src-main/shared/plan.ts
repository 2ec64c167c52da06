import { z } from 'zod';
import { catalogLabelSchema } from './catalog-label.ts';
import { controlSitesSchema } from './controls.ts';
import { pathSpecSchema } from './path.ts';
import { toolsPlanSchema } from './tools.ts';

/**
 * One line of user input before validation, with where it came from (`argument 2`,
 * `sites.txt:14`, `catalogue global: Telegram DC1`); a built-in target also carries
 * its label, the brand and kind every view names it by in the reader's language.
 */
export const planEntrySchema = z.object({
  input: z.string(),
  source: z.string(),
  label: catalogLabelSchema.optional(),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

export const resolverSchema = z.object({ host: z.string(), port: z.number().int().min(1).max(65535) });
export type Resolver = z.infer<typeof resolverSchema>;

export const planOptionsSchema = z.object({
  /** Each probe's own deadline. */
  timeoutMs: z.number().int().min(100).max(120_000),
  /** Targets measured at once. */
  concurrency: z.number().int().min(1).max(512),
  /** Targets on the same host measured at once, so one server is not hammered. */
  perHostConcurrency: z.number().int().min(1).max(64),
  /** A resolver to ask over plain DNS (UDP and TCP) besides the system resolver. */
  resolver: resolverSchema.optional(),
  /** A DNS-over-HTTPS URL (RFC 8484) to ask besides the system resolver. */
  dohUrl: z.string().optional(),
  /**
   * The neutral sites measured over every route before the targets (shared/controls.ts):
   * over the direct route they tell an offline network from a blocking one, over the
   * others whether a route works at all. Absent or empty: no checks first (a proxy
   * failing during a measurement still makes that outcome path-failed, never failed).
   */
  controls: controlSitesSchema.optional(),
  /** Download for up to this long after the page loads to measure speed; absent: no throughput probe. */
  throughput: z.object({ maxMs: z.number().int().min(100), maxBytes: z.number().int().min(1024) }).optional(),
});
export type PlanOptions = z.infer<typeof planOptionsSchema>;

export const planSchema = z.object({
  entries: z.array(planEntrySchema),
  paths: z.array(pathSpecSchema).min(1),
  options: planOptionsSchema,
  /** The user's own VPN configurations and Tor bridges to check ("Your tools"); absent: none. */
  tools: toolsPlanSchema.optional(),
});
export type Plan = z.infer<typeof planSchema>;

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  timeoutMs: 8000,
  concurrency: 64,
  perHostConcurrency: 4,
};

/**
 * The speed test's defaults: long enough to see a slow-down, short enough for a list.
 * On in every scheduled run, whose speeds make the series `detour history pattern`
 * judges (core/judge/time-pattern.ts).
 */
export const DEFAULT_THROUGHPUT: NonNullable<PlanOptions['throughput']> = { maxMs: 4000, maxBytes: 8 * 1024 * 1024 };
