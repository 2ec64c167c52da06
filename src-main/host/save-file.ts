import { basename } from 'node:path';
import { writeFileAtomically } from '../engine/index.ts';
import type { ExportFile, FileSaver } from './sharing-actions.ts';

/**
 * Where an export goes. In the desktop app the main process asks where (Electron's
 * save dialog, handed in by main.ts as `ask`) and writes the file itself, so the
 * renderer never gets a path or a file system; in web mode the bytes go back to the
 * page, which hands them to the browser as a download.
 */

export interface SaveDialogRequest {
  title: string;
  /** The file name offered; main.ts puts it in the user's downloads folder. */
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** What Electron's dialog.showSaveDialog answers. */
export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string | undefined;
}

export type AskWhereToSave = (request: SaveDialogRequest) => Promise<SaveDialogAnswer>;

/** Asks where, then writes there (atomically); the renderer learns only the file's name. */
export function dialogFileSaver(
  ask: AskWhereToSave,
  write: (path: string, bytes: Uint8Array) => Promise<void> = writeFileAtomically,
): FileSaver {
  return {
    async save(file: ExportFile) {
      const answer = await ask({
        title: file.dialogTitle,
        defaultPath: file.fileName,
        filters: [{ name: file.extension.toUpperCase(), extensions: [file.extension] }],
      });
      const path = answer.filePath;
      if (answer.canceled || path === undefined || path === '') return { kind: 'cancelled' };
      await write(path, file.bytes);
      return { kind: 'saved', fileName: basename(path) };
    },
  };
}

/** Web mode: the file's bytes back to the page, which offers them as a download. */
export function downloadFileSaver(): FileSaver {
  return {
    save: (file: ExportFile) =>
      Promise.resolve({
        kind: 'download',
        fileName: file.fileName,
        mimeType: file.mimeType,
        base64: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64'),
      }),
  };
}
