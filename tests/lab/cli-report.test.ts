import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { findChromium } from '../../src-main/engine/export/pdf.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { reportSchema, type Report } from '../../src-main/shared/report.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';
import { socks5RefusingEveryMethod } from './servers/bad-proxies.ts';
import { censorRelay, hostCensor } from './servers/censor-relay.ts';
import { httpServer, httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest, type CliRun } from './servers/run-cli.ts';
import { startStunServer, type UdpServer } from './servers/stun-server.ts';

/**
 * `detour report` and `detour merge` on real reports: the CLI diagnoses sites served
 * on loopback (one behind an in-process censor that resets plain-HTTP requests for
 * `localhost`, which the http-hostcase trick gets around), then exports HTML, CSV and
 * PDF in English, Azerbaijani and Russian, and merges three networks' runs.
 *
 * The PDFs are checked by rendering their first page with poppler's pdftoppm. Set
 * DETOUR_LAB_EXPORTS=/some/folder to keep every export and PNG there.
 */

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-report-');
const KEEP = process.env['DETOUR_LAB_EXPORTS'];

const udpServers: UdpServer[] = [];
afterEach(async () => {
  await Promise.all(udpServers.splice(0).map((server) => server.close()));
});

// diagnose keeps a history of runs: keep this file's out of the user's.
let historyDir = '';
beforeAll(() => {
  historyDir = mkdtempSync(join(tmpdir(), 'detour-cli-report-history-'));
  process.env['DETOUR_HISTORY_DIR'] = historyDir;
});
afterAll(() => {
  rmSync(historyDir, { recursive: true, force: true });
});

const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((path) => existsSync(path));
const CHROMIUM = findChromium();
const pdfSkipReason = !CHROMIUM.ok
  ? `no Chromium at ${CHROMIUM.tried.join(', ')}`
  : PDFTOPPM === undefined
    ? 'no pdftoppm (apt-get install poppler-utils)'
    : null;

interface Lab {
  /** The site behind the censor, as the user types it. */
  censored: string;
  /** A site no one blocks, over HTTPS (the lab CA's certificate). */
  open: string;
  stun: string;
  controlUrl: string;
  brokenProxyPort: number;
  /** Whether the censor resets requests for `localhost` right now. */
  censor: { on: boolean };
}

async function startLab(): Promise<Lab> {
  const censor = { on: true };
  const origin = await listen(httpServer());
  const relay = censorRelay(origin.port, (received, latest) => censor.on && hostCensor('localhost')(received, latest));
  const relayed = await listen(relay.server);
  const https = await listen(httpsServer());
  const stun = await startStunServer();
  udpServers.push(stun);
  const brokenProxy = await listen(socks5RefusingEveryMethod());
  return {
    censored: `http://localhost:${relayed.port}/ok`,
    open: `https://127.0.0.1:${https.port}/ok`,
    stun: `stun:127.0.0.1:${stun.port}`,
    controlUrl: `http://127.0.0.1:${origin.port}/ok`,
    brokenProxyPort: brokenProxy.port,
    censor,
  };
}

/** A real run of `detour diagnose` over the lab, its report written to `out` (`extra`: more flags). */
async function diagnose(lab: Lab, out: string, extra: readonly string[] = []): Promise<Report> {
  const run = await runCli([
    'diagnose',
    lab.censored,
    lab.open,
    lab.stun,
    '--strategies',
    '--path',
    'lo=bind:127.0.0.1',
    '--path',
    `friend=socks5://127.0.0.1:${lab.brokenProxyPort}`,
    '--control',
    lab.controlUrl,
    '--throughput',
    '--timeout',
    '3000',
    '--out',
    out,
    ...extra,
  ]);
  expect(run.code, run.stderr).toBe(0);
  return reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
}

function expectWrote(run: CliRun, ...files: string[]): void {
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout.trim().split('\n')).toEqual(files.map((file) => `wrote ${file}`));
}

/** Renders the PDF's first page to a PNG and checks both; returns the PNG's path. */
function checkPdf(pdf: string): string {
  const bytes = readFileSync(pdf);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync(PDFTOPPM ?? 'pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, prefix]);
  const png = readdirSync(join(pdf, '..'))
    .filter((name) => name.startsWith(`${basename(prefix)}-`) && name.endsWith('.png'))
    .map((name) => join(pdf, '..', name));
  expect(png).toHaveLength(1);
  const image = readFileSync(png[0] ?? '');
  expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  // An A4 page at 50 dpi is 414 × 585 pixels; a blank one compresses to almost nothing.
  expect(image.readUInt32BE(16)).toBe(414);
  expect(image.length).toBeGreaterThan(8000);
  return png[0] ?? '';
}

/** The text of a PDF (`page`: only that page), as poppler's pdftotext reads it. */
function pdfText(pdf: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync(join(PDFTOPPM ?? 'pdftoppm', '..', 'pdftotext'), [...pages, pdf, '-'], { encoding: 'utf8' });
}

/** Markup without the line breaks and indentation of the source templates. */
function flatten(markup: string): string {
  return markup
    .replace(/\s*\n\s*</g, '<')
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*/g, ' ');
}

function keep(...files: string[]): void {
  if (KEEP === undefined) return;
  mkdirSync(KEEP, { recursive: true });
  for (const file of files) copyFileSync(file, join(KEEP, basename(file)));
}

test('a real run exported as HTML, CSV and PDF in English, Azerbaijani and Russian', async () => {
  const lab = await startLab();
  const withPdf = pdfSkipReason === null;
  const ranPdf = join(folder(), 'run.diagnose.pdf');
  // diagnose --pdf prints the run's PDF itself, by the same path as `detour report --pdf`.
  const report = await diagnose(lab, join(folder(), 'run.json'), withPdf ? ['--pdf', ranPdf, '--lang', 'ru'] : []);
  const censored = report.targets.find((t) => t.target.input === lab.censored)?.verdict;
  expect(censored?.direct?.status).toBe('http-blocked');
  expect(censored?.restoredBy).toEqual(['http-hostcase']);
  const out = (name: string): string => join(folder(), name);
  if (!withPdf) console.log(`cli-report: skipping the PDF part: ${pdfSkipReason}`);

  // English, everything (the public address too, which is otherwise left out).
  const en = await runCli([
    'report',
    out('run.json'),
    '--omit',
    'none',
    '--html',
    out('run.en.html'),
    '--csv',
    out('run.en.csv'),
    ...(withPdf ? ['--pdf', out('run.en.pdf')] : []),
  ]);
  expectWrote(en, out('run.en.html'), ...(withPdf ? [out('run.en.pdf')] : []), out('run.en.csv'));
  const html = readFileSync(out('run.en.html'), 'utf8');
  /** The page without the source templates' line breaks and indentation. */
  const flat = flatten(html);
  expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  expect(html).not.toMatch(/<script/i);
  expect(flat).toContain('<td class="cell tone-blocked"><span class="mark">✗</span>Request cut off</td>');
  expect(html).toContain('Works through: http-hostcase');
  expect(html).toContain(`socks5://127.0.0.1:${lab.brokenProxyPort}`);
  expect(html).toContain('your address as the server saw it: 127.0.0.1:');
  expect(flat).toContain('<svg class="chart spark"');
  const csv = readFileSync(out('run.en.csv'), 'utf8');
  expect(csv.startsWith('\ufeffSite or service,Route,')).toBe(true);
  expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 3 * report.plan.paths.length);
  expect(csv).toContain(`${lab.censored},Your connection,direct,http-blocked,Request cut off,likely,`);

  // Azerbaijani, without the user's address or where the proxies are.
  const az = await runCli(
    [
      'report',
      out('run.json'),
      '--lang',
      'az',
      '--omit',
      'public-ip,proxy-hosts',
      '--html',
      out('run.az.html'),
      ...(withPdf ? ['--pdf', out('run.az.pdf'), '--evidence'] : []),
    ],
    { env: { TZ: 'Asia/Baku' } },
  );
  expectWrote(az, out('run.az.html'), ...(withPdf ? [out('run.az.pdf')] : []));
  const azHtml = readFileSync(out('run.az.html'), 'utf8');
  expect(azHtml).toContain('<html lang="az">');
  expect(azHtml).toContain('<h2>Qısaca</h2>');
  expect(azHtml).toContain('Sorğu kəsilir');
  expect(azHtml).toContain('socks5://proksi 1');
  expect(azHtml).not.toContain(`127.0.0.1:${lab.brokenProxyPort}`);
  expect(azHtml).not.toContain('serverin gördüyü ünvanınız');
  expect(azHtml).toContain('Sahibinin istəyi ilə bu hesabata daxil edilməyib');

  // Russian CSV: Cyrillic survives.
  const ru = await runCli(['report', out('run.json'), '--lang', 'ru', '--csv', out('run.ru.csv')]);
  expectWrote(ru, out('run.ru.csv'));
  const ruCsv = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(out('run.ru.csv')));
  expect(ruCsv).toContain('Запрос обрывается');
  expect(ruCsv).toContain('Сайт или сервис,Маршрут');

  if (withPdf) {
    // The app's PDF (engine/export/printed-report.ts): page 1 is the handout, in the reader's
    // language and time zone, leading with the advice; the evidence follows only with --evidence.
    const enFirst = pdfText(out('run.en.pdf'), 1);
    expect(enFirst).toContain('What this Internet check found');
    expect(enFirst).toContain('Blocked sites and what opens them');
    expect(enFirst).toMatch(/Use http-hostcase/);
    expect(enFirst).not.toMatch(/linux|x64/i);
    expect(pdfText(out('run.en.pdf'))).not.toContain('Evidence, site by site');
    const azFirst = pdfText(out('run.az.pdf'), 1);
    expect(azFirst).toContain('Bu İnternet yoxlaması nə tapdı');
    expect(azFirst).toContain('Asia/Baku');
    expect(azFirst).not.toContain('What this Internet check found');
    expect(pdfText(out('run.az.pdf'))).toContain('Sübutlar, sayt-sayt');
    const russian = createTranslator('ru');
    const ranFirst = pdfText(ranPdf, 1);
    expect(ranFirst).toContain(russian('handout.title'));
    expect(ranFirst).toContain(russian('handout.blocked.heading'));
    expect(pdfText(ranPdf)).not.toContain(russian('report.details.heading'));
    const pngs = [checkPdf(out('run.en.pdf')), checkPdf(out('run.az.pdf')), checkPdf(ranPdf)];
    keep(
      out('run.json'),
      out('run.en.html'),
      out('run.az.html'),
      out('run.en.pdf'),
      out('run.az.pdf'),
      ranPdf,
      ...pngs,
    );
  }
}, 90_000);

test('three networks merged: the site blocked on two and open on the third is called out', async () => {
  const lab = await startLab();
  const files = {
    home: join(folder(), 'home.json'),
    school: join(folder(), 'school.json'),
    cafe: join(folder(), 'cafe.json'),
  };
  await diagnose(lab, files.home);
  lab.censor.on = false;
  await diagnose(lab, files.school);
  lab.censor.on = true;
  await diagnose(lab, files.cafe);
  const html = join(folder(), 'merged.ru.html');
  const pdf = join(folder(), 'merged.en.pdf');

  const ru = await runCli(['merge', files.home, files.school, files.cafe, '--html', html, '--lang', 'ru']);
  expectWrote(ru, html);
  const page = readFileSync(html, 'utf8');
  expect(page).toContain('<html lang="ru">');
  expect(page).not.toMatch(/<script/i);
  expect(page).toContain('3 проверки Detour рядом');
  expect(page).toContain('1 сайт ведёт себя в этих сетях по-разному; он стоит в списке первым.');
  expect(flatten(page)).toContain(`<tr class="differs"><th scope="row">${lab.censored}</th>`);
  expect(page).toContain('Заблокирован в сетях: home и cafe; не заблокирован: school');

  if (pdfSkipReason === null) {
    const en = await runCli(['merge', files.home, files.school, files.cafe, '--pdf', pdf, '--omit', 'network']);
    expectWrote(en, pdf);
    const png = checkPdf(pdf);
    keep(html, pdf, png);
  } else console.log(`cli-report: skipping the merged PDF: ${pdfSkipReason}`);
}, 120_000);

// Ten CLIs at once: on a busy machine each takes seconds to start.
const UNEXPORTABLE = 'reports that cannot be exported are one line each, exit code 2, and nothing is written';
test(UNEXPORTABLE, { timeout: 60_000 }, async () => {
  const out = join(folder(), 'out.html');
  const oldVersion = join(folder(), 'old.json');
  writeFileSync(oldVersion, JSON.stringify({ schemaVersion: 1, targets: [] }));
  const huge = join(folder(), 'huge.json');
  execFileSync('truncate', ['-s', '600M', huge]);
  const broken = join(folder(), 'broken.json');
  writeFileSync(broken, '{\n  "schemaVersion": 2,\n  "targets": [}\n');

  const runs = await Promise.all([
    runCli(['report', oldVersion, '--html', out]),
    runCli(['report', huge, '--html', out, '--lang', 'ru']),
    runCli(['report', broken, '--html', out]),
    runCli(['report', join(folder(), 'missing.json'), '--html', out]),
    runCli(['report', oldVersion]),
    runCli(['report', oldVersion, '--html', out, '--omit', 'ip-address']),
    runCli(['merge', oldVersion, '--html', out]),
    runCli(['report', oldVersion, '--html', out, '--evidence']),
    runCli(['diagnose', 'https://a.example/', '--lang', 'az', '--no-history']),
    runCli(['diagnose', 'https://a.example/', '--pdf', join(folder(), 'run.pdf'), '--no-history']),
  ]);
  expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  expect(runs.map((run) => stderrLines(run))).toEqual([
    [`detour: ${oldVersion}: made by another version of Detour: schema 1, this one reads 2`],
    [`detour: ${huge}: отчёт слишком большой: 600 МиБ, а Detour читает не больше 512 МиБ`],
    [`detour: ${broken}: not valid JSON: the error is at line 3, column 15`],
    [`detour: ${join(folder(), 'missing.json')}: cannot be read (ENOENT)`],
    ['detour: report: give --html FILE, --pdf FILE or --csv FILE (or several)'],
    ['detour: --omit takes public-ip, network, proxy-hosts, not "ip-address"'],
    ['detour: merge: give two reports or more, one per network'],
    ['detour: --evidence goes with --pdf'],
    ['detour: --lang and --evidence go with --pdf'],
    ['detour: --pdf prints the saved report: give --out FILE, or keep the history'],
  ]);
  expect(existsSync(out)).toBe(false);
  expect(existsSync(join(folder(), 'run.pdf'))).toBe(false);
});

test('a PDF without Chromium is a clear message and exit code 2', async () => {
  // Any valid report: what is checked is the missing Chromium, found before anything is written.
  const report = join(folder(), 'run.json');
  writeFileSync(report, `${JSON.stringify(sampleReport({ targets: 1 }))}\n`);
  const previous = process.env['CHROMIUM_PATH'];
  process.env['CHROMIUM_PATH'] = join(folder(), 'no-chromium-here');
  try {
    const run = await runCli([
      'report',
      report,
      '--html',
      join(folder(), 'out.html'),
      '--pdf',
      join(folder(), 'out.pdf'),
    ]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([
      `detour: a PDF needs Chromium, and none was found (looked at ${join(folder(), 'no-chromium-here')}); install it (apt-get install chromium) or set CHROMIUM_PATH`,
    ]);
    expect(existsSync(join(folder(), 'out.html'))).toBe(false);
  } finally {
    if (previous === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = previous;
  }
}, 60_000);
