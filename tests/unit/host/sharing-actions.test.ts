import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validatedHandler } from '../../../src-main/host/validated-handler.ts';
import { dialogFileSaver, downloadFileSaver, type SaveDialogRequest } from '../../../src-main/host/save-file.ts';
import {
  createSharingHandlers,
  fileStamp,
  type ExportFile,
  type FileSaver,
  type PdfPrinter,
  type SharingOptions,
} from '../../../src-main/host/sharing-actions.ts';
import { printWindowOptions } from '../../../src-main/app/window-options.ts';
import type { RunEventMessage } from '../../../src-main/shared/ipc/run.ts';
import type { ExportReportRequest, ExportOutcome } from '../../../src-main/shared/ipc/sharing.ts';
import { reportSchema, type Report } from '../../../src-main/shared/report.ts';
import { chromiumPdfPrinter } from '../../../src-main/host/chromium-pdf-printer.ts';
import { hostileReport } from '../engine/export/hostile-report.ts';
import { PROXY, sampleReport, sampleReportText, USER_PUBLIC_IP } from '../engine/export/sample-report.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('sharing');

/** A saver that keeps what it is given, as the save dialog would have written it. */
class KeepingSaver implements FileSaver {
  readonly files: ExportFile[] = [];
  save(file: ExportFile): Promise<ExportOutcome> {
    this.files.push(file);
    return Promise.resolve({ kind: 'saved', fileName: file.fileName });
  }
  text(index = -1): string {
    const file = this.files.at(index);
    if (file === undefined) throw new Error('nothing was saved');
    return new TextDecoder().decode(file.bytes);
  }
}

/** A printer that records the page it is given and answers with a stand-in PDF. */
class FakePrinter implements PdfPrinter {
  readonly pages: { html: string; footerText: string }[] = [];
  print(html: string, { footerText }: { footerText: string }) {
    this.pages.push({ html, footerText });
    return Promise.resolve({ ok: true as const, bytes: new TextEncoder().encode('%PDF-1.7 fake') });
  }
}

/** An engine host's event stream, driven by the test. */
function fakeEngine() {
  const listeners = new Set<(message: RunEventMessage) => void>();
  return {
    subscribe(listener: (message: RunEventMessage) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(message: RunEventMessage) {
      for (const listener of listeners) listener(message);
    },
  };
}

function setup(options: SharingOptions = {}) {
  const engine = fakeEngine();
  const saver = new KeepingSaver();
  const printer = new FakePrinter();
  const handlers = createSharingHandlers(engine, {
    saver,
    printer,
    now: () => new Date('2027-02-03T04:05:06.000Z'),
    ...options,
  });
  const errors: unknown[] = [];
  // Through the contract's schema, as IPC and web mode call it.
  const exportReport = validatedHandler('exportReport', handlers.exportReport, (_action, error) => errors.push(error));
  const readReportText = validatedHandler('readReportText', handlers.readReportText, (_a, error) => errors.push(error));
  return { engine, saver, printer, exportReport, readReportText, errors };
}

function exportOf(report: Report, rest: Partial<ExportReportRequest> = {}): ExportReportRequest {
  return { report, format: 'html', language: 'en', omit: [], ...rest };
}

/** The events of a run whose report is `report`, as the engine host publishes them. */
function eventsOf(report: Report): RunEventMessage[] {
  const { runId } = report;
  const message = (event: unknown) => ({ kind: 'event', runId, event }) as RunEventMessage;
  return [
    message({
      type: 'run-started',
      runId,
      startedAt: report.startedAt,
      plan: report.plan,
      targets: report.targets.map((t) => t.target),
    }),
    ...report.routeChecks.map((check) => message({ type: 'route-checked', check })),
    ...report.observations.map((observation) => message({ type: 'observation', observation })),
    ...report.targets.map((t) =>
      message({ type: 'target-finished', targetId: t.target.id, outcomes: t.outcomes, verdict: t.verdict }),
    ),
  ];
}

describe('exportReport', () => {
  test('renders HTML from the report with the real renderer, offered under a dated name', async () => {
    const { exportReport, saver } = setup();
    const answer = await exportReport(exportOf(sampleReport()));
    expect(answer).toEqual({ ok: true, value: { kind: 'saved', fileName: 'detour-report-2026-11-29-0800.html' } });
    const [file] = saver.files;
    expect(file).toMatchObject({
      mimeType: 'text/html;charset=utf-8',
      extension: 'html',
      dialogTitle: 'Save the report',
    });
    const page = saver.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('https://blocked.example/');
    expect(page).not.toMatch(/<script/i);
  });

  test('a hostile report is rendered escaped: no markup of its own reaches the page', async () => {
    const { exportReport, saver } = setup();
    const answer = await exportReport(exportOf(hostileReport()));
    expect(answer.ok).toBe(true);
    const page = saver.text();
    expect(page).not.toMatch(/<script|<img/i);
    // No attribute of its own either: every `on…=` of the payload stays text.
    expect(page).not.toMatch(/<[^>]*\son(?:error|load|mouseover)=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('CSV is UTF-8 with a byte-order mark, in the chosen language', async () => {
    const { exportReport, saver } = setup();
    await exportReport(exportOf(sampleReport(), { format: 'csv', language: 'ru' }));
    const [file] = saver.files;
    expect(file?.fileName).toBe('detour-report-2026-11-29-0800.csv');
    expect([...(file?.bytes.subarray(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    expect(saver.text()).toMatch(/[а-я]/);
  });

  test('JSON is the report itself, still valid against the schema', async () => {
    const { exportReport, saver } = setup();
    await exportReport(exportOf(sampleReport(), { format: 'json' }));
    const parsed = reportSchema.parse(JSON.parse(saver.text()));
    expect(parsed).toEqual(sampleReport());
  });

  test('what the user leaves out is removed from every format', async () => {
    const { exportReport, saver } = setup();
    for (const format of ['json', 'html', 'csv'] as const) {
      await exportReport(exportOf(sampleReport(), { format, omit: ['public-ip', 'proxy-hosts'] }));
      const text = saver.text();
      expect(text, format).not.toContain(USER_PUBLIC_IP);
      expect(text, format).not.toContain(PROXY.host);
    }
    expect(saver.text(0)).toContain('proxy 1');
    // Kept when not asked: the choice is the user's.
    await exportReport(exportOf(sampleReport(), { format: 'json' }));
    expect(saver.text()).toContain(USER_PUBLIC_IP);
  });

  test('PDF goes through the printer with the redacted page and a footer; no printer is `unavailable`', async () => {
    const { exportReport, saver, printer } = setup();
    const answer = await exportReport(exportOf(sampleReport(), { format: 'pdf', omit: ['public-ip'], language: 'az' }));
    expect(answer).toEqual({ ok: true, value: { kind: 'saved', fileName: 'detour-report-2026-11-29-0800.pdf' } });
    expect(saver.files[0]).toMatchObject({ mimeType: 'application/pdf', extension: 'pdf' });
    expect(saver.text()).toBe('%PDF-1.7 fake');
    expect(printer.pages[0]?.html).toMatch(/^<!doctype html>\n<html lang="az">/);
    expect(printer.pages[0]?.html).not.toContain(USER_PUBLIC_IP);
    expect(printer.pages[0]?.footerText).toContain('2026-11-29');

    const without = setup({ printer: chromiumPdfPrinter(() => ({ ok: false, tried: ['/nowhere/chromium'] })) });
    const refused = await without.exportReport(exportOf(sampleReport(), { format: 'pdf' }));
    expect(refused).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'no Chromium (looked at /nowhere/chromium)' },
    });
    expect(without.saver.files).toEqual([]);
  });

  test('the current run is exported by its id, from its events; another id is refused or asked of the history', async () => {
    const past = sampleReport();
    const { engine, exportReport, saver } = setup({
      findReport: (runId) => Promise.resolve(runId === 'from-history' ? past : undefined),
    });
    const current = sampleReport();
    current.runId = 'run-live';
    for (const message of eventsOf(current)) engine.emit(message);

    expect(await exportReport({ runId: 'run-live', format: 'csv', language: 'en' })).toMatchObject({ ok: true });
    expect(saver.text()).toContain('https://mitm.example/');
    expect(await exportReport({ runId: 'from-history', format: 'html', language: 'en' })).toMatchObject({ ok: true });
    expect(await exportReport({ runId: 'unknown', format: 'html', language: 'en' })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'no report of that run' },
    });
  });

  test('a run the history saved is exported from its file; the fold here keeps no observations', async () => {
    const saved = sampleReport();
    const { engine, exportReport, saver } = setup({
      findReport: (runId) => Promise.resolve(runId === saved.runId ? saved : undefined),
    });
    for (const message of eventsOf(saved)) engine.emit(message);
    await exportReport({ runId: saved.runId, format: 'json', language: 'en' });
    expect((JSON.parse(saver.text()) as typeof saved).observations).toEqual(saved.observations);

    // The history could not save it: the run's fold answers, with its verdicts and without the bulk.
    const unsaved = setup();
    for (const message of eventsOf(saved)) unsaved.engine.emit(message);
    await unsaved.exportReport({ runId: saved.runId, format: 'json', language: 'en' });
    const folded = JSON.parse(unsaved.saver.text()) as typeof saved;
    expect(saved.observations.length).toBeGreaterThan(0);
    expect(folded.observations).toEqual([]);
    expect(folded.targets.map((t) => t.verdict)).toEqual(saved.targets.map((t) => t.verdict));
  });

  test('a run that broke keeps what it measured, marked interrupted', async () => {
    const { engine, exportReport, saver } = setup();
    const report = sampleReport();
    for (const message of eventsOf(report).slice(0, 3)) engine.emit(message);
    engine.emit({ kind: 'run-failed', runId: report.runId, error: { code: 'internal' } });
    await exportReport({ runId: report.runId, format: 'json', language: 'en' });
    expect(JSON.parse(saver.text())).toMatchObject({ runId: report.runId, status: 'interrupted' });
  });

  test('merges several reports on one page, each network named once; `network` left out renames them', async () => {
    const { exportReport, saver, printer } = setup();
    const reports = [
      { label: 'home', report: sampleReport() },
      { label: 'home', report: sampleReport() },
    ];
    const answer = await exportReport({ reports, format: 'merged-html', language: 'en' });
    expect(answer).toEqual({ ok: true, value: { kind: 'saved', fileName: 'detour-workshop-2027-02-03-0405.html' } });
    expect(saver.text()).toContain('Networks compared');
    expect(saver.text()).toContain('home (2)');

    await exportReport({ reports, format: 'merged-pdf', language: 'en', omit: ['network'] });
    expect(saver.files.at(-1)?.fileName).toBe('detour-workshop-2027-02-03-0405.pdf');
    expect(printer.pages[0]?.html).toContain('Network 2');
    expect(printer.pages[0]?.html).not.toContain('home');
  });

  test('the contract refuses a request that names no source, two, or a format that does not fit', async () => {
    const { exportReport } = setup();
    const report = sampleReport();
    const refused = [
      { format: 'html', language: 'en' },
      { report, runId: 'run-1', format: 'html', language: 'en' },
      { report, format: 'merged-html', language: 'en' },
      {
        reports: [
          { label: 'a', report },
          { label: 'b', report },
        ],
        format: 'csv',
        language: 'en',
      },
      { reports: [{ label: 'a', report }], format: 'merged-html', language: 'en' },
      { report, format: 'html', language: 'en', omit: ['passwords'] },
      { report, format: 'docx', language: 'en' },
    ];
    for (const request of refused) {
      expect((await exportReport(request)).ok, JSON.stringify(Object.keys(request))).toBe(false);
    }
  });
});

/** Building tens of MiB of text takes seconds on a busy machine; the checks themselves are quick. */
const BIG_TEXT_TIMEOUT_MS = 30_000;

describe('readReportText', () => {
  test('a report that passes every check comes back whole', async () => {
    const { readReportText } = setup();
    const answer = await readReportText({ text: sampleReportText(), language: 'en' });
    expect(answer).toEqual({ ok: true, value: { valid: true, report: sampleReport() } });
    // A byte-order mark (a spreadsheet program's) is no reason to refuse a file.
    const withBom = await readReportText({ text: `\ufeff${sampleReportText()}`, language: 'en' });
    expect(withBom).toMatchObject({ ok: true, value: { valid: true } });
  });

  test('hostile or foreign text is one clear line in the reader’s language, never a report', async () => {
    const { readReportText } = setup();
    const problem = async (text: string, language: 'en' | 'ru' = 'en') => {
      const answer = await readReportText({ text, language });
      if (!answer.ok || answer.value.valid) throw new Error(`accepted: ${text.slice(0, 40)}`);
      return answer.value.problem;
    };
    expect(await problem('<script>alert(1)</script>')).toBe('not valid JSON: the error is at line 1, column 1');
    expect(await problem('{"hello": "world"}')).toBe('not a Detour report');
    expect(await problem(JSON.stringify({ ...sampleReport(), schemaVersion: 99 }))).toBe(
      'made by another version of Detour: schema 99, this one reads 2',
    );
    const wrong = JSON.stringify({ ...sampleReport(), targets: [{ target: '<img src=x onerror=alert(1)>' }] });
    expect(await problem(wrong)).toMatch(/^the report is damaged or was edited: targets\[0\]\.target is not valid/);
    expect(await problem('{"schemaVersion":', 'ru')).toMatch(/[а-я]/);
    expect(await problem('[1, 2')).toMatch(/^not valid JSON/);
  });

  test(
    'text past the size cap is refused by the schema before it is parsed',
    async () => {
      const { readReportText } = setup();
      const answer = await readReportText({ text: ' '.repeat(50 * 1024 * 1024 + 1), language: 'en' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    },
    BIG_TEXT_TIMEOUT_MS,
  );

  test(
    'text within the characters but past the cap in UTF-8 bytes is refused too',
    async () => {
      const { readReportText } = setup();
      // 'ə' is two bytes in UTF-8: 30 Mi characters are 60 MiB.
      const answer = await readReportText({ text: 'ə'.repeat(30 * 1024 * 1024), language: 'en' });
      expect(answer).toMatchObject({ ok: true, value: { valid: false } });
      if (answer.ok && !answer.value.valid) expect(answer.value.problem).toMatch(/^report too large: 60 MiB/);
    },
    BIG_TEXT_TIMEOUT_MS,
  );
});

describe('where a file goes', () => {
  const file = (): ExportFile => ({
    fileName: 'detour-report-2026-11-29-0800.csv',
    mimeType: 'text/csv;charset=utf-8',
    extension: 'csv',
    dialogTitle: 'Save the report',
    bytes: new TextEncoder().encode('\ufeffa,b\r\n'),
  });

  test('the desktop app asks where, writes the file there and tells the renderer only its name', async () => {
    const asked: SaveDialogRequest[] = [];
    const path = join(dir(), 'mine.csv');
    const saver = dialogFileSaver((request) => {
      asked.push(request);
      return Promise.resolve({ canceled: false, filePath: path });
    });
    expect(await saver.save(file())).toEqual({ kind: 'saved', fileName: 'mine.csv' });
    expect(asked).toEqual([
      {
        title: 'Save the report',
        defaultPath: 'detour-report-2026-11-29-0800.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      },
    ]);
    expect(readFileSync(path)).toEqual(Buffer.from(file().bytes));
  });

  test('closing the save dialog saves nothing', async () => {
    const written: string[] = [];
    const saver = dialogFileSaver(
      () => Promise.resolve({ canceled: true, filePath: '' }),
      (path) => {
        written.push(path);
        return Promise.resolve();
      },
    );
    expect(await saver.save(file())).toEqual({ kind: 'cancelled' });
    expect(written).toEqual([]);
  });

  test('web mode hands the bytes back, base64, with the name and type to download them under', async () => {
    const outcome = await downloadFileSaver().save(file());
    expect(outcome).toEqual({
      kind: 'download',
      fileName: 'detour-report-2026-11-29-0800.csv',
      mimeType: 'text/csv;charset=utf-8',
      base64: Buffer.from('\ufeffa,b\r\n').toString('base64'),
    });
  });

  test('the print window is sandboxed, hidden, without a preload and without JavaScript', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  test('file names carry the run’s date and time, and nothing a file system refuses', () => {
    expect(fileStamp('2026-11-29T08:00:00.000Z')).toBe('2026-11-29-0800');
    expect(fileStamp('<script>')).toBe('run');
  });
});
