import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, tempFolderEachTest } from './servers/run-cli.ts';
import { closedPort } from './servers/tcp-servers.ts';

/**
 * A terminal obeys the control characters it receives: a list entry or a route name
 * holding `ESC ] 0 ; … BEL` would retitle the window, and worse sequences exist. The
 * CLI prints them as visible escapes (issue 16, row 4).
 */

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-terminal-');
/** OSC 0 (set the window title), as the audit sent it. */
const TITLE = '\u001b]0;OWNED\u0007';
/** A C1 control (CSI as one code point) and a right-to-left override (CVE-2021-42574). */
const C1_AND_BIDI = '\u009b31m\u202e';

function raw(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  return /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text);
}

test('escape sequences in list entries and route names reach the terminal only as visible text', async () => {
  const site = await listen(httpsServer());
  const down = await closedPort();
  const list = join(folder(), 'sites.txt');
  // Both are valid targets: the URL parser takes the controls into the path, the input keeps them.
  writeFileSync(
    list,
    `https://127.0.0.1:${site.port}/ok${TITLE}\nhttps://127.0.0.1:${down}/${C1_AND_BIDI}\nexa${TITLE}mple\n`,
  );
  const paths = join(folder(), 'paths.json');
  writeFileSync(paths, JSON.stringify({ paths: [{ name: `evil${TITLE}`, url: 'direct' }] }));
  chmodSync(paths, 0o600);

  const table = await runCli(['diagnose', '--list', list, '--no-history', '--timeout', '2000']);
  const withRoutes = await runCli(['diagnose', '--list', list, '--paths', paths, '--no-history', '--timeout', '2000']);
  const json = await runCli(['diagnose', '--list', list, '--no-history', '--timeout', '2000', '--json']);

  for (const run of [table, withRoutes, json]) {
    expect(raw(run.stdout)).toBe(false);
    expect(raw(run.stderr)).toBe(false);
  }
  // The table row, the summary line and the rejected entry show what was there.
  expect(table.stdout).toContain(`/ok\\x1b]0;OWNED\\x07`);
  expect(table.stdout).toContain('/\\u009b31m\\u202e: Unclear');
  expect(table.stderr).toContain('"exa\\x1b]0;OWNED\\x07mple"');
  expect(withRoutes.stderr).toContain('route "evil\\x1b]0;OWNED\\x07" a route name is letters');
  // NDJSON stays JSON: every line parses, and gives back the entry as it was.
  const lines = json.stdout.trim().split('\n');
  const inputs = lines.flatMap((line) => {
    const event = JSON.parse(line) as { type: string; targets?: { input: string }[] };
    return event.type === 'run-started' ? (event.targets ?? []).map((target) => target.input) : [];
  });
  expect(inputs).toContain(`https://127.0.0.1:${down}/${C1_AND_BIDI}`);
}, 60_000);
