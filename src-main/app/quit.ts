/** The part of Electron's `app` that quitting goes through. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Quitting waits for `stop` (the schedule stopped, the run going cancelled and saved in
 * the history as such) before the process goes: Electron's `before-quit` does not wait
 * for promises, so the first quit is held back and made again once `stop` has settled.
 * A second quit meanwhile is held back too; one that comes after goes straight through.
 */
export function stopBeforeQuit(app: QuittingApp, stop: () => Promise<void>, onError = logError): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    void stop()
      .catch(onError)
      .finally(() => {
        state = 'stopped';
        app.quit();
      });
  });
}

function logError(error: unknown): void {
  console.error('detour: while quitting:', error);
}
