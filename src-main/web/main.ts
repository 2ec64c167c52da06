import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { printableText } from '../shared/printable.ts';
import { parseWebArguments, systemLanguages, USAGE, type WebModeArguments } from './options.ts';
import { SESSION_SECRETS_NOTICE } from './session-secret-store.ts';
import { startWebMode } from './web-mode.ts';

/**
 * `npm run web`: the desktop app's renderer and API on 127.0.0.1, for a browser on
 * this machine. Runs under Node 24 directly (type stripping), no bundle. Prints the
 * one address to open, token included, as the only line on stdout; the rest goes to
 * stderr.
 */
function argumentsOrExit(): WebModeArguments {
  try {
    return parseWebArguments(process.argv.slice(2));
  } catch (error) {
    console.error(printableText(`detour web: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`));
    process.exit(2);
  }
}

const parsed = argumentsOrExit();
if (!existsSync(join(parsed.rendererRoot, 'index.html'))) {
  console.error(
    printableText(`detour web: no built renderer in ${parsed.rendererRoot}: run \`npx electron-vite build\` first`),
  );
  process.exit(1);
}

const mode = await startWebMode({ ...parsed, languages: systemLanguages(process.env) });
console.log(`Detour web mode: ${mode.url}`);
console.error(printableText(`Settings are kept in ${parsed.dataDir}. ${SESSION_SECRETS_NOTICE}`));
console.error('Press Ctrl+C to stop.');

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) process.exit(130); // a second Ctrl+C: do not wait any longer
  stopping = true;
  console.error(`detour web: ${signal}, stopping`);
  // The engine closes a cancelled run's sockets within a second; do not wait for ever on something else.
  setTimeout(() => process.exit(0), 3000).unref();
  mode.close().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error('detour web: closing failed:', error);
      process.exitCode = 1;
    },
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
