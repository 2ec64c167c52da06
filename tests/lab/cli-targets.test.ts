import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { httpServer, httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest } from './servers/run-cli.ts';

// Nothing here may reach the real Internet: region packs are only listed, never
// diagnosed; test lists hold 127.0.0.1 URLs served by this test's own servers.

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-targets-');
const HEADER = 'url,category_code,category_description,date_added,source,notes';

test('detour targets --region az prints the pack as a table', async () => {
  const run = await runCli(['targets', '--region', 'az']);

  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^Azerbaijan \(az\): \d+ targets reported blocked there$/);
  expect(lines[2]).toMatch(/^Name\s+Category\s+Target\s+Note$/);
  expect(lines).toContainEqual(expect.stringMatching(/^Azadlıq qəzeti\s+news\s+https:\/\/www\.azadliq\.info\//));
  expect(lines.at(-1)).toBe('Measure them with: detour diagnose --region az');
});

test('an unknown region is one usage line naming the known ones, before anything is measured', async () => {
  for (const args of [
    ['targets', '--region', 'xx'],
    ['diagnose', '--region', 'xx'],
  ]) {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual(['detour: --region must be one of az (Azerbaijan), not "xx"']);
  }
});

test('--test-list measures each row of a CSV, and each bad row is one line with its file:line', async () => {
  const https = await listen(httpsServer());
  const http = await listen(httpServer());
  const list = join(folder(), 'lab.csv');
  writeFileSync(
    list,
    [
      HEADER,
      `https://127.0.0.1:${https.port}/ok,NEWS,"News, media",2024-01-01,lab,`,
      `"http://127.0.0.1:${http.port}/ok",GRP,Groups,2024-01-01,lab,"a note, with ""quotes"""`,
      ',NEWS,News,2024-01-01,lab,',
      'https://127.0.0.1:1/,NEWS,News',
      `127.0.0.1:0,NEWS,News,2024-01-01,lab,`,
    ].join('\r\n'),
  );
  const notAList = join(folder(), 'plain.csv');
  writeFileSync(notAList, 'https://example.org/\n');
  const out = join(folder(), 'run.json');

  const run = await runCli(['diagnose', '--test-list', list, '--test-list', notAList, '--out', out]);

  expect(run.code).toBe(2);
  expect(stderrLines(run).filter((line) => line.startsWith('detour: '))).toEqual([
    `detour: ${list}:4: ",NEWS,News,2024-01-01,lab," the row has no URL; skipped`,
    `detour: ${list}:5: "https://127.0.0.1:1/,NEWS,News" not a test-list row (6 comma-separated columns, every quote closed); skipped`,
    `detour: ${notAList}:1: "https://example.org/" not a Citizen Lab test list (the first row must be ${HEADER}); skipped`,
    `detour: ${list}:6: "127.0.0.1:0" the port must be a number from 1 to 65535; skipped`,
  ]);
  const rows = (run.stdout.split('\n\n')[0] ?? '').split('\n').slice(2);
  expect(rows).toEqual([
    expect.stringMatching(new RegExp(`^https://127\\.0\\.0\\.1:${https.port}/ok\\s+direct\\s.*200.*reachable$`)),
    expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:${http.port}/ok\\s+direct\\s.*200.*reachable$`)),
  ]);

  const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  expect(report.plan.entries.map((entry) => entry.source)).toEqual([`${list}:2`, `${list}:3`, `${list}:6`]);
  expect(report.inputErrors.map((error) => [error.source, error.code])).toEqual([
    [`${list}:4`, 'missing-url'],
    [`${list}:5`, 'bad-csv-row'],
    [`${notAList}:1`, 'not-a-test-list'],
    [`${list}:6`, 'bad-port'],
  ]);
});
