import type { PdfPrinter } from './sharing-actions.ts';
import { findChromium, htmlToPdf } from '../engine/index.ts';

/**
 * PDF in web mode: the command line's way, Chromium driven by playwright-core (no
 * JavaScript, no network in the page), where Chromium is installed; otherwise the
 * export answers `unavailable` and says where Chromium was looked for.
 */
export function chromiumPdfPrinter(find: typeof findChromium = findChromium): PdfPrinter {
  return {
    async print(html, { footerText }) {
      const chromium = find();
      if (!chromium.ok) return { ok: false, reason: `no Chromium (looked at ${chromium.tried.join(', ')})` };
      try {
        return { ok: true, bytes: await htmlToPdf(html, { executablePath: chromium.path, footerText }) };
      } catch (error) {
        const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        return { ok: false, reason: `Chromium at ${chromium.path} could not print: ${why}` };
      }
    },
  };
}
