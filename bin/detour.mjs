#!/usr/bin/env node
// The `detour` command. Its source is TypeScript that Node runs directly (type
// stripping, unflagged from Node 22.18 and 23.6). On an older Node, the Node 24 that
// the project installs as a dependency runs it instead.
//
// Either way it runs in a child Node started to keep memory small. V8 sizes its young
// generation to the machine's memory (64 MB of semi-spaces on a 24 GiB machine) and
// lets the old generation grow several times past what is live; a run over 1,000
// sites that holds about 40 MB took 400 MB. With 4 MB semi-spaces and V8's
// optimize-for-size heuristics (a network-bound run loses no time to them) it takes
// under 200 MB (`npm run bench:scale`). Flags are the only way: V8 reads them once, when
// the heap is made, so the CLI cannot set them on itself. glibc's malloc, for its
// part, gives each of the lookup threads (cli/main.ts: 64) an arena of its own to
// fragment; two are plenty for a few TLS handshakes at a time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const V8_FLAGS = ['--max-semi-space-size=4', '--optimize-for-size'];
const cli = fileURLToPath(new URL('../src-main/cli/main.ts', import.meta.url));
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));

if (!stripsTypes && !existsSync(projectNode)) {
  process.stderr.write(`detour: needs Node 22.18 or newer (this is ${process.version}); run npm ci first\n`);
  process.exit(1);
}
// The same Node keeps the flags it was given (--inspect, …); another Node may not know them.
const node = stripsTypes ? [process.execPath, ...process.execArgv] : [projectNode];
const [program = process.execPath, ...nodeArgs] = node;
const child = spawn(program, [...nodeArgs, ...V8_FLAGS, cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { MALLOC_ARENA_MAX: '2', ...process.env },
});

// Ctrl-C reaches the child from the terminal (one process group); it cancels cleanly
// and we wait for its exit code. A stop asked of this process alone is passed on.
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  process.stderr.write(`detour: could not start Node (${error.message})\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0)));
});
