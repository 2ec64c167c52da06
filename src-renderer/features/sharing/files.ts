import type { ExportOutcome } from '../../../src-main/shared/ipc/sharing.ts';

/**
 * The renderer's side of files: reading a chosen report file as text (FileReader),
 * and handing a web mode export to the browser as a download (a Blob URL through an
 * `<a download>`, which no Content Security Policy directive governs).
 */

export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** How long a download's Blob URL lives: the browser has taken the file long before. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(file: Extract<ExportOutcome, { kind: 'download' }>, doc: Document = document): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
