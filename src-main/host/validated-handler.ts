import type { z } from 'zod';
import type { ActionName } from '../shared/ipc/channels.ts';
import { IPC_CONTRACT, type ActionHandlers, type ParsedRequestOf, type ValueOf } from '../shared/ipc/contract.ts';
import { fail, type IpcResult } from '../shared/ipc/result.ts';

/** Told about a handler that threw; the caller only learns `internal`. */
export type InternalErrorSink = (action: ActionName, error: unknown) => void;

/** An action's handler behind the payload check alone: what IPC and the web mode's HTTP share. */
export type ValidatedHandler<A extends ActionName> = (payload: unknown) => Promise<IpcResult<ValueOf<A>>>;

/**
 * The payload must pass the contract's schema (the renderer is trusted with nothing),
 * and whatever happens the answer is plain data, never a thrown Error. Whoever calls
 * this has already checked who is asking: the IPC sender (guardHandler) or the web
 * mode's token, Host and Origin.
 */
export function validatedHandler<A extends ActionName>(
  action: A,
  handler: ActionHandlers[A],
  onInternalError: InternalErrorSink,
): ValidatedHandler<A> {
  const schema: z.ZodType = IPC_CONTRACT[action].request;
  return async (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return fail('bad-request', describeIssues(parsed.error.issues));
    try {
      // The schema is the contract's own for this action, so its output is this request type.
      return await handler(parsed.data as ParsedRequestOf<A>);
    } catch (error) {
      onInternalError(action, error);
      return fail('internal');
    }
  };
}

/**
 * Where the payload is wrong, for a developer reading the answer. Paths and zod's
 * messages only: the values are never echoed, since one may be a password.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? 'request' : path}: ${issue.message}`;
  });
  return issues.length > shown.length ? `${shown.join('; ')}; …` : shown.join('; ');
}
