import { z } from 'zod';
import { TOOL_INPUT_ERRORS } from '../tool-inputs.ts';
import { toolEndpointSchema } from '../tools.ts';

/**
 * "Your tools" between the renderer and the main process. A WireGuard configuration is
 * read by the main process alone, from a file the user chose: the renderer learns its
 * name and the server's address, never a key. Bridge lines are the user's own text
 * (kept with the settings) and travel with a run like its routes.
 */

export const wireguardConfigInfoSchema = z.object({
  /** The main process's id for the file (its list in wireguard-configs.json). */
  id: z.string(),
  name: z.string(),
  /** The first peer's server: what the person recognises. */
  endpoint: toolEndpointSchema,
  /** How many servers (peers with an Endpoint) the file names; each is checked. */
  peers: z.number().int().min(1),
});
export type WireguardConfigInfo = z.infer<typeof wireguardConfigInfoSchema>;

export const addWireguardConfigRequestSchema = z.strictObject({
  /**
   * Where the file is. Absent: the main process asks the user with a file dialog
   * (the desktop app); web mode has none, so there the person types the path.
   */
  path: z.string().min(1).max(4096).optional(),
});

export const addWireguardConfigOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('added'), config: wireguardConfigInfoSchema }),
  /** The person closed the dialog without choosing. */
  z.object({ kind: z.literal('cancelled') }),
  /** Not taken, and why: a code and a line, never the text (it may hold a key). */
  z.object({ kind: z.literal('rejected'), code: z.enum(TOOL_INPUT_ERRORS), line: z.number().int().optional() }),
]);
export type AddWireguardConfigOutcome = z.infer<typeof addWireguardConfigOutcomeSchema>;

export const removeWireguardConfigRequestSchema = z.strictObject({ id: z.string().min(1).max(64) });

/** The tools a run checks: configurations by id, and bridge lines as the person pasted them. */
export const runToolsSchema = z.strictObject({
  wireguard: z.array(z.string().min(1).max(64)).max(32),
  bridges: z.array(z.string().min(1).max(2048)).max(64),
});
export type RunTools = z.infer<typeof runToolsSchema>;
