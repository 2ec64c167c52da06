/**
 * The app's words about a past run's evidence, read from the history one cell at a
 * time when it is opened (the result screen receives a big run without its
 * observations). Kept apart from the screens' catalog (ui/) as its own concern.
 */
export const EVIDENCE_EN = {
  'ui.evidence.load-error': 'The measurements of this cell could not be read: {{reason}}',
} as const;

export type EvidenceCatalog = Readonly<Record<keyof typeof EVIDENCE_EN, string>> & Readonly<Record<string, string>>;
