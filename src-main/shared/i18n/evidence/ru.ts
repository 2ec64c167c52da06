import type { EvidenceCatalog } from './en.ts';

/** The words about a past run's evidence in Russian. */
export const EVIDENCE_RU: EvidenceCatalog = {
  'ui.evidence.load-error': 'Не удалось прочитать измерения этой ячейки: {{reason}}',
};
