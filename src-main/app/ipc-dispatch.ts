import type { ActionName } from '../shared/ipc/channels.ts';
import type { ActionHandlers, ValueOf } from '../shared/ipc/contract.ts';
import { fail, type IpcResult } from '../shared/ipc/result.ts';
import { validatedHandler, type InternalErrorSink } from '../host/validated-handler.ts';
import { isTrustedSender, type SenderFrame } from './sender-guard.ts';

/** An action's handler behind the checks every IPC message must pass. */
export type GuardedHandler<A extends ActionName> = (
  frame: SenderFrame | null,
  payload: unknown,
) => Promise<IpcResult<ValueOf<A>>>;

export interface GuardOptions {
  /** The dev server's origin in development, else null (see devServerOrigin). */
  devServerOrigin: string | null;
  /** Told about a handler that threw; the renderer only learns `internal`. */
  onInternalError: InternalErrorSink;
}

/**
 * Wraps one handler: the sender must be the app's own page (checklist item 17), then
 * the payload check of validatedHandler.
 */
export function guardHandler<A extends ActionName>(
  action: A,
  handler: ActionHandlers[A],
  options: GuardOptions,
): GuardedHandler<A> {
  const validated = validatedHandler(action, handler, options.onInternalError);
  return (frame, payload) =>
    isTrustedSender(frame, options.devServerOrigin) ? validated(payload) : Promise.resolve(fail('forbidden'));
}
