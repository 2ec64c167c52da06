import { accessSync, constants, statSync } from 'node:fs';
import { escapeHtml } from './html-template.ts';

/**
 * PDF through Chromium (playwright-core drives it; no browser is downloaded): the
 * HTML export printed on A4 with its backgrounds. The page gets no JavaScript, no
 * network and nothing but the HTML handed to it.
 */

/** Where Chromium is looked for when CHROMIUM_PATH is not set: Debian's, then other distributions'. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type ChromiumLookup = { ok: true; path: string } | { ok: false; tried: string[] };

/** CHROMIUM_PATH when set (and only it), else the first candidate that is an executable file. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const configured = env['CHROMIUM_PATH'];
  const tried = configured !== undefined && configured !== '' ? [configured] : CHROMIUM_CANDIDATES;
  const path = tried.find(isExecutableFile);
  return path === undefined ? { ok: false, tried } : { ok: true, path };
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface PdfOptions {
  executablePath: string;
  /** Shown in each page's footer beside the page number (escaped here). */
  footerText?: string;
  /** How long Chromium may take to start and print. */
  timeoutMs?: number;
}

/** Prints HTML to a PDF with the given Chromium. */
export async function htmlToPdf(htmlText: string, options: PdfOptions): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const timeout = options.timeoutMs ?? 60_000;
  const browser = await chromium.launch({ executablePath: options.executablePath, headless: true, timeout });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    // Belt and braces beside the page's own policy: no request leaves the page.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(htmlText, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(options.footerText ?? ''),
    });
  } finally {
    await browser.close();
  }
}

/**
 * Each page's footer: the text (escaped) and "page / pages", which Chromium fills in
 * itself. The desktop app's printer uses it too, so both PDFs read the same.
 */
export function pdfFooterTemplate(text: string): string {
  return `<div style="width:100%;font:8px sans-serif;color:#57606a;padding:0 12mm;display:flex;justify-content:space-between"><span>${escapeHtml(text)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}
