import type { TFunction } from 'i18next';

/**
 * `12.3 MiB`, `12,3 МиБ`: a file's size as the size caps are said, in the reader's unit
 * and decimal sign, for the app's workshop and the engine's read errors alike.
 */
export function mebibytes(bytes: number, t: TFunction): string {
  const value = Number((bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0));
  return t('sharing.unit.mib', { value });
}
