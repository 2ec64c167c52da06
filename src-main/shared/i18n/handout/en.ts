/** The English words of the one-page handout that opens a PDF report; flat keys under `handout.`. */
export const HANDOUT_EN = {
  'handout.export.evidence': 'Add the full evidence (every measurement)',
  'handout.export.evidence.hint':
    'For experts: a {{pdf}} then runs to many pages. Without it, a {{pdf}} is a short handout: what to do, the blocked sites and what opens them.',
  'handout.title': 'What this Internet check found',
  'handout.advice.unjudged': 'This check ended before anything could be judged; run it again to get advice.',
  'handout.when': 'When',
  'handout.network': 'Network',
  'handout.calls': 'Calls',
  'handout.calls.not-tested': 'Calls were not tested.',
  'handout.blocked.heading': 'Blocked sites and what opens them',
  'handout.blocked.site': 'Site',
  'handout.blocked.how': 'What happens',
  'handout.blocked.opens': 'What opens it',
  'handout.blocked.none': 'No site was blocked on this network.',
  'handout.blocked.opens-nothing': 'Nothing you have',
  'handout.more': 'The details of the check follow on the next pages.',
  'handout.evidence-left-out':
    'The full evidence (every measurement) was left out of this report; export it with the evidence to see it.',
} as const satisfies Readonly<Record<string, string>>;

/** Every language has every key; plural forms beyond `_one`/`_other` are extra keys. */
export type HandoutCatalog = Readonly<Record<keyof typeof HANDOUT_EN, string>> & Readonly<Record<string, string>>;
