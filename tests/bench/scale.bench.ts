/**
 * npm run bench:scale: a whole test list, as a trainer runs one, at two sizes.
 *
 * The real command in a child process, `detour diagnose --list … --path … --out
 * report.json` (bin/detour.mjs, as installed: it runs the CLI in a Node of its own),
 * over 1,000 and then 10,000 HTTPS targets, a tenth of them blackholed (a server that
 * accepts and never answers), over four routes: direct, SOCKS5 (Debian's microsocks),
 * HTTP CONNECT (Debian's tinyproxy) and DNS-over-HTTPS (the lab's DoH server). Every
 * server listens on loopback (127.2.0.0/16 and 127.3.0.0/16, so the per-host limit does
 * not serialise the targets); nothing leaves the machine.
 *
 * Printed per size: wall time, the peak RSS of the CLI's process and the bytes written
 * to disk (as GNU time reports them from the kernel's accounting: the largest process
 * of the command, and the writes of all of it), the report's size, and the growth
 * factors from the small run to the large. Goals (issue 12): 10,000 × 4 under 250 MB
 * peak RSS, bytes written under 3 × the report, ×10 targets at most ×11 time. The
 * history goes to a temporary folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDebianProxy } from '../lab/servers/debian-proxies.ts';
import { startDohServer } from '../lab/servers/doh-server.ts';
import { startBenchServers } from './bench-servers.ts';
import { trustTestCa } from './test-ca.ts';

/** `DETOUR_BENCH_SIZES=200,2000` tries other sizes (the first is the base of the growth factors). */
const SIZES = (process.env['DETOUR_BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const FAST_HOSTS = 200;
const HANGING_HOSTS = 100;
const TIMEOUT_MS = 2000;
const USAGE_MARK = 'detour-bench-usage';
const COMMAND = fileURLToPath(new URL('../../bin/detour.mjs', import.meta.url));

const fastAddresses = Array.from({ length: FAST_HOSTS }, (_, i) => `127.2.${Math.floor(i / 250)}.${(i % 250) + 1}`);
const hangingAddresses = Array.from({ length: HANGING_HOSTS }, (_, i) => `127.3.0.${i + 1}`);
trustTestCa(fastAddresses);

interface Figures {
  targets: number;
  wallMs: number;
  peakRssBytes: number;
  writtenBytes: number;
  reportBytes: number;
  exitCode: number | null;
}

const servers = await startBenchServers([...fastAddresses, ...hangingAddresses], HANGING_HOSTS);
const socks = await startDebianProxy.microsocks();
const http = await startDebianProxy.tinyproxy();
const doh = await startDohServer();
const folder = mkdtempSync(join(tmpdir(), 'detour-bench-scale-'));
try {
  const control = `https://${fastAddresses[0] ?? ''}:${servers.ports[0] ?? 0}/control`;
  const routes = [`socks=socks5://127.0.0.1:${socks.port}`, `http=http://127.0.0.1:${http.port}`, `dns=doh:${doh.url}`];
  const results: Figures[] = [];
  for (const size of SIZES) {
    const figures = await runOnce(size, control, routes);
    results.push(figures);
    print(figures);
  }
  const [small, large] = results;
  if (small !== undefined && large !== undefined) {
    const ratio = (a: number, b: number): string => `×${(b / a).toFixed(2)}`;
    console.log(
      `growth ×${large.targets / small.targets} targets: time ${ratio(small.wallMs, large.wallMs)} (goal ≤ ×11), ` +
        `peak RSS ${ratio(small.peakRssBytes, large.peakRssBytes)}, written ${ratio(small.writtenBytes, large.writtenBytes)}, ` +
        `report ${ratio(small.reportBytes, large.reportBytes)}`,
    );
    console.log(
      `goals at ${large.targets} × 4: peak RSS ${mb(large.peakRssBytes)} (< 250 MB), ` +
        `written ${(large.writtenBytes / large.reportBytes).toFixed(2)} × the report (< 3×)`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
  await Promise.all([socks.stop(), http.stop(), doh.close()]);
  servers.stop();
}

/** The list for `size` targets: a tenth on the hanging servers, the rest spread over the others. */
function listFor(size: number): string[] {
  const hanging = size / 10;
  return Array.from({ length: size }, (_, i) => {
    if (i < hanging) {
      const host = i % HANGING_HOSTS;
      return `https://${hangingAddresses[host] ?? ''}:${servers.ports[FAST_HOSTS + host] ?? 0}/site${i}`;
    }
    const host = i % FAST_HOSTS;
    return `https://${fastAddresses[host] ?? ''}:${servers.ports[host] ?? 0}/site${i}`;
  });
}

async function runOnce(size: number, control: string, routes: readonly string[]): Promise<Figures> {
  const list = join(folder, `list-${size}.txt`);
  writeFileSync(list, `${listFor(size).join('\n')}\n`);
  const out = join(folder, `report-${size}.json`);
  const args = [
    COMMAND,
    'diagnose',
    '--list',
    list,
    ...routes.flatMap((route) => ['--path', route]),
    '--control',
    control,
    '--timeout',
    String(TIMEOUT_MS),
    '--out',
    out,
    '--history-dir',
    join(folder, 'history'),
  ];
  const started = performance.now();
  // GNU time reports the peak RSS of the largest process it waited for (%M, KiB: the
  // CLI's, which the launcher waits for) and file system outputs (%O, 512-byte blocks:
  // write_bytes of /proc/<pid>/io, counted when the pages are dirtied), the CLI's included.
  const child = spawn('/usr/bin/time', ['-f', `${USAGE_MARK} %M %O`, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exitCode = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const wallMs = performance.now() - started;
  const usage = new RegExp(`^${USAGE_MARK} (\\d+) (\\d+)$`, 'm').exec(stderr);
  if (exitCode !== 0) console.log(`  (the CLI exited ${exitCode}: ${stderr.trim().split('\n').slice(-3).join(' / ')})`);
  return {
    targets: size,
    wallMs,
    peakRssBytes: Number(usage?.[1] ?? 0) * 1024,
    writtenBytes: Number(usage?.[2] ?? 0) * 512,
    reportBytes: statSync(out, { throwIfNoEntry: false })?.size ?? 0,
    exitCode,
  };
}

function print(f: Figures): void {
  console.log(
    `${f.targets} targets × 4 routes: wall ${(f.wallMs / 1000).toFixed(1)} s, peak RSS ${mb(f.peakRssBytes)}, ` +
      `written ${mb(f.writtenBytes)}, report ${mb(f.reportBytes)} (written/report ${(f.writtenBytes / f.reportBytes).toFixed(2)})`,
  );
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
