/**
 * Electron's fuses for Detour's packaged app (Electron security checklist, item 19:
 * "Enable Electron fuses"). A fuse is a byte in the Electron binary, flipped at
 * packaging time, that switches off a feature the app never uses, so nobody can
 * switch it back on by how they start the app:
 *   - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node with
 *     the user's privileges (a classic way for malware to hide behind a signed app);
 *   - NODE_OPTIONS and --inspect off: no code injected through the environment or a
 *     debugger attached from the command line;
 *   - cookie encryption on: the session's cookies are encrypted with the OS key;
 *   - only load the app from ASAR, with ASAR integrity on: the code that runs is the
 *     archive that was packaged (Electron checks the integrity on macOS and Windows;
 *     on Linux the fuse is set for when it does);
 *   - file:// gets no extra privileges: Detour's renderer is served over app://.
 * Used by scripts/package.ts and tested on the fuse wire (tests/unit/scripts/fuses.test.ts).
 */
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

export const DETOUR_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

/** Flips Detour's fuses in the Electron binary at `binary` (in place). */
export async function applyDetourFuses(binary: string): Promise<void> {
  await flipFuses(binary, DETOUR_FUSES);
}

export type FuseReading = 'on' | 'off' | 'removed';

/** The fuses as the binary has them now, by option name: on, off, or removed from this Electron. */
export async function readFuses(binary: string): Promise<Record<string, FuseReading>> {
  const wire = await getCurrentFuseWire(binary);
  const states: Record<string, FuseReading> = {};
  for (const [option, state] of Object.entries(wire)) {
    if (option === 'version') continue;
    const name = FuseV1Options[Number(option)] ?? option;
    states[name] = state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : 'removed';
  }
  return states;
}
