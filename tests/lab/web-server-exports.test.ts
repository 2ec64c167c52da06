import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventSource } from 'undici';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { findChromium } from '../../src-main/engine/export/pdf.ts';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import type { ExportOutcome } from '../../src-main/shared/ipc/sharing.ts';
import { startWebMode, type WebMode } from '../../src-main/web/web-mode.ts';
import { listenClosingAfterEach } from './servers/listen.ts';

/**
 * Exports over web mode, end to end: a real run of the engine against a page on
 * 127.0.0.1 whose title is markup, then the renderer's own HTTP client (bridge.ts)
 * asks for the exports and gets each file's bytes back to download, as the page does.
 */

const listen = listenClosingAfterEach();
const TITLE = '<script>alert(1)</script> Detour & Co';
const ESCAPED_TITLE = '&lt;script&gt;alert(1)&lt;/script&gt; Detour &amp; Co';

let dir = '';
const running: WebMode[] = [];
const sources: EventSource[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-web-exports-'));
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Detour</title>');
});
afterEach(async () => {
  for (const source of sources.splice(0)) source.close();
  await Promise.all(running.splice(0).map((mode) => mode.close()));
  rmSync(dir, { recursive: true, force: true });
});

interface BridgeModule {
  createWebDetourApi(options: {
    token: string;
    baseUrl: string;
    openEventSource: (url: string) => EventSource;
  }): DetourApi;
}

/** Web mode, the renderer's client to it, and the report of one real run it made. */
async function webModeWithRun() {
  const origin = await listen(
    createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<html><head><title>${TITLE}</title></head><body><p>open</p></body></html>`);
    }),
  );
  const mode = await startWebMode({
    port: 0,
    dataDir: join(dir, 'data'),
    rendererRoot: join(dir, 'renderer'),
    languages: ['en'],
    detectTools: () => Promise.resolve([]),
  });
  running.push(mode);
  // The renderer's module, loaded by URL: it belongs to the browser's half of the build.
  const bridgeUrl = new URL('../../src-renderer/lib/bridge.ts', import.meta.url).href;
  const bridge = (await import(bridgeUrl)) as BridgeModule;
  const detour = bridge.createWebDetourApi({
    token: mode.token,
    baseUrl: `http://127.0.0.1:${mode.port}`,
    openEventSource: (url) => {
      const source = new EventSource(url);
      sources.push(source);
      return source;
    },
  });
  expect(await detour.setConsent({ riskNoticeAccepted: true })).toMatchObject({ ok: true });

  const ended = new Promise<RunEventMessage>((resolve) => {
    const stop = detour.onRunEvent((message) => {
      if (message.kind === 'event' && message.event.type !== 'run-finished') return;
      stop();
      resolve(message);
    });
  });
  const source = sources[0];
  if (source === undefined) throw new Error('no event stream');
  await new Promise((resolve) => source.addEventListener('open', resolve));
  const started = await detour.startRun({
    targets: [{ input: `http://127.0.0.1:${origin.port}/`, source: 'form 1' }],
    routes: [{ name: 'direct', kind: 'direct' }],
  });
  if (!started.ok) throw new Error(`the run did not start: ${started.error.code}`);
  expect(await ended).toMatchObject({ kind: 'event', event: { type: 'run-finished', status: 'completed' } });
  return { detour, runId: started.value.runId };
}

function downloaded(answer: Awaited<ReturnType<DetourApi['exportReport']>>): {
  outcome: Extract<ExportOutcome, { kind: 'download' }>;
  bytes: Buffer;
} {
  if (!answer.ok) throw new Error(`export refused: ${answer.error.code} ${answer.error.message ?? ''}`);
  if (answer.value.kind !== 'download') throw new Error(`not a download: ${answer.value.kind}`);
  return { outcome: answer.value, bytes: Buffer.from(answer.value.base64, 'base64') };
}

test('HTML and CSV of a real run come back as files to download: no script, the title escaped, CSV with a BOM', async () => {
  const { detour, runId } = await webModeWithRun();

  const page = downloaded(await detour.exportReport({ runId, format: 'html', language: 'en', omit: [] }));
  expect(page.outcome.fileName).toMatch(/^detour-report-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
  expect(page.outcome.mimeType).toBe('text/html;charset=utf-8');
  const html = page.bytes.toString('utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain(ESCAPED_TITLE);

  const sheet = downloaded(await detour.exportReport({ runId, format: 'csv', language: 'az', omit: ['public-ip'] }));
  expect(sheet.outcome.mimeType).toBe('text/csv;charset=utf-8');
  expect([...sheet.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(sheet.bytes.toString('utf8')).toContain('http://127.0.0.1:');
});

test('a participant’s file goes through the safe reader: the JSON export reads back, hostile text is one line', async () => {
  const { detour, runId } = await webModeWithRun();
  const json = downloaded(await detour.exportReport({ runId, format: 'json', language: 'en', omit: [] }));
  const text = json.bytes.toString('utf8');

  const read = await detour.readReportText({ text, language: 'en' });
  if (!read.ok || !read.value.valid) throw new Error('the exported report did not read back');
  expect(read.value.report.runId).toBe(runId);

  // Larger than any other request may be: the report actions take up to a report's size.
  const padded = await detour.readReportText({ text: `${text}${' '.repeat(5 * 1024 * 1024)}`, language: 'en' });
  expect(padded).toMatchObject({ ok: true, value: { valid: true } });

  expect(await detour.readReportText({ text: `<script>${TITLE}</script>`, language: 'ru' })).toEqual({
    ok: true,
    value: { valid: false, problem: expect.stringMatching(/^[^<]*строк[^<]*$/) as unknown },
  });

  const merged = downloaded(
    await detour.exportReport({
      reports: [
        { label: 'home <b>wifi</b>', report: read.value.report },
        { label: 'office', report: read.value.report },
      ],
      format: 'merged-html',
      language: 'en',
      omit: [],
    }),
  );
  expect(merged.outcome.fileName).toMatch(/^detour-workshop-.*\.html$/);
  const page = merged.bytes.toString('utf8');
  expect(page).not.toMatch(/<script|<b>/i);
  expect(page).toContain('home &lt;b&gt;wifi&lt;/b&gt;');
});

const chromium = findChromium();
test.skipIf(!chromium.ok)(
  `PDF through Chromium when it is installed (${chromium.ok ? chromium.path : 'none here: skipped'})`,
  async () => {
    const { detour, runId } = await webModeWithRun();
    const pdf = downloaded(await detour.exportReport({ runId, format: 'pdf', language: 'ru', omit: [] }));
    expect(pdf.outcome.mimeType).toBe('application/pdf');
    expect(pdf.outcome.fileName).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  },
  60_000,
);
