import { z } from 'zod';
import { engineEventSchema } from '../events.ts';
import { pathSpecSchema } from '../path.ts';
import { planEntrySchema, planOptionsSchema } from '../plan.ts';
import { ipcErrorSchema } from './result.ts';
import { controlUrlsSchema, credentialsSchema } from './routes.ts';
import { runToolsSchema } from './tools.ts';

/** The most a run takes at once; a long list file has some hundreds. */
export const MAX_TARGETS = 10_000;
export const MAX_ROUTES = 64;

/** The measurement settings a run may set; absent ones come from the user's settings. */
export const runOptionsSchema = planOptionsSchema.extend({ controls: controlUrlsSchema }).partial().strict();
export type RunOptionsRequest = z.infer<typeof runOptionsSchema>;

export const startRunRequestSchema = z
  .strictObject({
    /** Sites and services, one entry per line the user gave, with where it came from; none when tools are checked alone. */
    targets: z.array(planEntrySchema).max(MAX_TARGETS),
    /** Routes as plain specs: a proxy only says `auth: true`; its password travels in `secrets`. */
    routes: z
      .array(pathSpecSchema)
      .min(1)
      .max(MAX_ROUTES)
      .refine((routes) => new Set(routes.map((route) => route.name)).size === routes.length, {
        message: 'route names must be unique',
      }),
    /** Credentials by route name, for routes whose password is not stored. */
    secrets: z.record(z.string(), credentialsSchema).optional(),
    options: runOptionsSchema.optional(),
    /** "Your tools": WireGuard configurations (by id) and bridge lines to check beside the sites. */
    tools: runToolsSchema.optional(),
  })
  .refine(
    (request) =>
      request.targets.length > 0 || (request.tools?.wireguard.length ?? 0) + (request.tools?.bridges.length ?? 0) > 0,
    {
      message: 'a run needs a site or a tool to check',
    },
  );
export type StartRunRequest = z.infer<typeof startRunRequestSchema>;

/** Names one run: the engine's own id, from its `run-started` event. */
export const runRefSchema = z.strictObject({ runId: z.string().min(1) });

export const runStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('running'), runId: z.string(), startedAt: z.string() }),
]);
export type RunStatus = z.infer<typeof runStatusSchema>;

/**
 * What the main process pushes while a run goes: every engine event tagged with its
 * run, or, if the engine itself broke, one `run-failed` in place of `run-finished`.
 */
export const runEventMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), runId: z.string(), event: engineEventSchema }),
  z.object({ kind: z.literal('run-failed'), runId: z.string(), error: ipcErrorSchema }),
]);
export type RunEventMessage = z.infer<typeof runEventMessageSchema>;
