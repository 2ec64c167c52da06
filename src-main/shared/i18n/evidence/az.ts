import type { EvidenceCatalog } from './en.ts';

/** The words about a past run's evidence in Azerbaijani (Latin script); no suffix is glued to a `{{parameter}}`. */
export const EVIDENCE_AZ: EvidenceCatalog = {
  'ui.evidence.load-error': 'Bu xananın ölçmələrini oxumaq mümkün olmadı: {{reason}}',
};
