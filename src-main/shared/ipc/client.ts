import { ACTION_CHANNELS, ACTION_NAMES } from './channels.ts';
import type { DetourApi } from './contract.ts';
import type { RunEventMessage } from './run.ts';

/** Sends one request on a channel and resolves with the other side's answer. */
export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
/** Starts delivering run events to `listener`; returns the function that stops it. */
export type SubscribeRunEvents = (listener: (message: RunEventMessage) => void) => () => void;

/**
 * Builds `window.detour` from the contract's channel list: the preload passes
 * ipcRenderer.invoke, the web mode an HTTP call, and the renderer cannot tell them apart.
 * The answer is not re-validated here: it comes from the main process, which built it
 * from the contract, and re-checking would bundle zod into the sandboxed preload.
 */
export function createDetourApi(invoke: Invoke, subscribe: SubscribeRunEvents): DetourApi {
  const methods = Object.fromEntries(
    ACTION_NAMES.map((action) => [
      action,
      async (request: unknown) => {
        try {
          return await invoke(ACTION_CHANNELS[action], request);
        } catch {
          // A rejected invoke (no handler, a closed window) must still be plain data.
          return { ok: false, error: { code: 'internal', message: `${action} got no answer` } };
        }
      },
    ]),
  );
  return { ...methods, onRunEvent: subscribe } as DetourApi;
}
