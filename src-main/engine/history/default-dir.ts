import { isAbsolute, join } from 'node:path';

/**
 * Where the command line keeps its history: `DETOUR_HISTORY_DIR` when set, otherwise
 * `$XDG_DATA_HOME/detour/history`, otherwise `~/.local/share/detour/history` (the XDG
 * base directory default). The app passes a folder in its own user data instead.
 */
export function defaultHistoryDir(env: NodeJS.ProcessEnv, home: string): string {
  const override = env['DETOUR_HISTORY_DIR'];
  if (override !== undefined && override !== '') return override;
  const dataHome = env['XDG_DATA_HOME'];
  // The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
  const base = dataHome !== undefined && isAbsolute(dataHome) ? dataHome : join(home, '.local', 'share');
  return join(base, 'detour', 'history');
}
