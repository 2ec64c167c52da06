import { z } from 'zod';

/**
 * What every action answers: a value, or an error code the UI translates. Plain data
 * only (design notes): an `Error` loses its fields crossing IPC and leaks stack traces.
 */
export const IPC_ERROR_CODES = [
  'bad-request', // the payload does not match the action's schema
  'forbidden', // the sender is not the app's own page
  'busy', // a run is already in progress: one at a time
  'not-running', // no run with that id is in progress
  'consent-required', // the user has not accepted the current risk notice
  'missing-credentials', // a route says `auth: true` and no password was given or stored
  'unavailable', // the operating system offers no safe storage for passwords
  'internal', // anything else; the main process logs it
] as const;
export const ipcErrorCodeSchema = z.enum(IPC_ERROR_CODES);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  /** For developers and logs; the UI words its own message from the code. */
  message: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message?: string): IpcResult<T> {
  return { ok: false, error: message === undefined ? { code } : { code, message } };
}
