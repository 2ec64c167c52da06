import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../host/sharing-actions.ts';
import { printWindowOptions } from './window-options.ts';

/**
 * PDF in the desktop app: the export's HTML in a hidden window (sandboxed, no preload,
 * JavaScript off: printWindowOptions) printed with webContents.printToPDF. Kept this
 * thin because this machine cannot run Electron: the HTML, the options and the
 * handler around it are tested under Node; this adapter is not.
 *
 * The page is loaded from a private temporary file, not a data: URL, whose length
 * Chromium caps at a few MiB (a report of a thousand sites is larger); the file and
 * its folder are removed as soon as the PDF is made.
 */
export function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html, { footerHtml }) {
      const folder = await mkdtemp(join(tmpdir(), 'detour-print-'));
      const window = new BrowserWindow(printWindowOptions());
      try {
        const file = join(folder, 'report.html');
        await writeFile(file, html, { mode: 0o600 });
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          // Inches: 14 mm, 16 mm and 12 mm, as the command line's PDF.
          margins: { top: 0.55, bottom: 0.63, left: 0.47, right: 0.47 },
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footerHtml,
        });
        return { ok: true, bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
      } finally {
        window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
