#!/usr/bin/env node
// The `detour` command. Its source is TypeScript that Node runs directly (type
// stripping, unflagged from Node 22.18 and 23.6). On an older Node, the Node 24
// that the project installs as a dependency runs it instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src-main/cli/main.ts', import.meta.url));
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

if (stripsTypes) {
  await import(cli);
} else {
  const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(projectNode)) {
    process.stderr.write(`detour: needs Node 22.18 or newer (this is ${process.version}); run npm ci first\n`);
    process.exit(1);
  }
  // The child gets Ctrl-C from the terminal and cancels cleanly; we wait for its exit code.
  process.on('SIGINT', () => {});
  const child = spawnSync(projectNode, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
