import { spawn } from 'node:child_process';
import type { Server } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { HistoryStore } from '../../src-main/engine/history/index.ts';
import type { EngineEvent } from '../../src-main/shared/events.ts';
import { reportSchema } from '../../src-main/shared/report.ts';
import type { TargetVerdict } from '../../src-main/shared/verdict.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, tempFolderEachTest } from './servers/run-cli.ts';
import { acceptAndHang } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-journal-');
const CLI = fileURLToPath(new URL('../../src-main/cli/main.ts', import.meta.url));

/** Sites on several loopback addresses (one per-host limit each), `perHost` URLs on each. */
async function sites(hosts: number, perHost: number, first: number, server: () => Server) {
  const urls: string[] = [];
  for (let host = 0; host < hosts; host += 1) {
    const address = `127.0.${first}.${host + 1}`;
    const { port } = await listen(server(), address);
    for (let n = 0; n < perHost; n += 1) urls.push(`https://${address}:${port}/ok?n=${n}`);
  }
  return urls;
}

test(
  'kill -9 in the middle of a 200-site run: the history lists it interrupted with every finished site and its verdict',
  { timeout: 120_000 },
  async () => {
    const fast = await sites(10, 18, 1, httpsServer);
    const hung = await sites(1, 20, 2, acceptAndHang);
    const dir = join(folder(), 'history');
    mkdirSync(dir);
    const list = join(folder(), 'sites.txt');
    writeFileSync(list, [...fast, ...hung].join('\n'));
    const child = spawn(
      process.execPath,
      [CLI, 'diagnose', '--list', list, '--timeout', '60000', '--json', '--history-dir', dir],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    // Every target-finished the CLI printed, by target: it prints one only once it is journalled.
    const printed = new Map<string, TargetVerdict>();
    let runId = '';
    let buffered = '';
    const killed = new Promise<number | null>((resolve) => child.once('close', resolve));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const event = JSON.parse(line) as EngineEvent;
        if (event.type === 'run-started') runId = event.runId;
        if (event.type === 'target-finished') printed.set(event.targetId, event.verdict);
      }
      if (printed.size >= 150 && child.exitCode === null) child.kill('SIGKILL');
    });
    expect(await killed).toBeNull();
    // The hung sites never finish: the run was cut in the middle.
    expect(printed.size).toBeLessThan(200);

    const history = await runCli(['history', '--json', '--history-dir', dir]);
    const [entry] = JSON.parse(history.stdout) as { id: string; status: string; counts: { finished: number } }[];
    expect(entry).toMatchObject({ id: runId, status: 'interrupted' });
    const opened = await (await HistoryStore.open(dir)).open(runId);
    if (!opened.ok) throw new Error(`damaged: ${JSON.stringify(opened.damage)}`);
    const finished = new Map(opened.report.targets.flatMap((t) => (t.verdict ? [[t.target.id, t.verdict]] : [])));
    // Every site shown as finished is there with its verdict (a few more may have been journalled, not yet read).
    for (const [targetId, verdict] of printed) expect(finished.get(targetId)).toEqual(verdict);
    expect(entry?.counts.finished).toBe(finished.size);
    expect(opened.report.targets).toHaveLength(200);
    // Judged as far as it went: the summary counts the finished sites.
    expect(opened.report.summary?.targets).toBe(finished.size);
    expect(readdirSync(dir).filter((name) => name.endsWith('.journal') || name.endsWith('.lock'))).toEqual([]);
  },
);

test('--out without history: the journal beside the report is gone once the report, one JSON document, is written', async () => {
  const urls = await sites(2, 3, 3, httpsServer);
  const out = join(folder(), 'report.json');
  const run = await runCli(['diagnose', ...urls, '--out', out, '--no-history']);
  expect(run.code).toBe(0);
  expect(existsSync(`${out}.journal`)).toBe(false);
  const text = readFileSync(out, 'utf8');
  const report = reportSchema.parse(JSON.parse(text));
  expect(report.status).toBe('completed');
  expect(report.targets.every((t) => t.verdict !== undefined)).toBe(true);
  // One line per target and per observation: greppable, and never one stringify of the whole run.
  expect(text.split('\n').filter((line) => line.startsWith('    {"target":'))).toHaveLength(6);
  expect(text.split('\n').filter((line) => line.startsWith('    {"probe":') || line.startsWith('    {"'))).toHaveLength(
    6 + report.observations.length,
  );
});
